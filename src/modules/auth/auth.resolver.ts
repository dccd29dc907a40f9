import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { ApiKey } from './api-key.entity.js';
import { Role } from './auth.types.js';
import * as auth from './auth.service.js';

@ObjectType({ simpleResolvers: true, description: 'A new API key; the secret is shown only in this response. 新建的接口密钥(仅显示一次)。' })
export class CreatedApiKeyPayload {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field(() => String, { description: 'Send as `Authorization: Bearer <secret>`. 密钥。' })
  secret!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Who the API thinks you are. 当前身份。' })
export class Viewer {
  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Person id of the token, if any.' })
  personId!: string | null;

  @Field(() => Int, { nullable: true })
  apiKey!: number | null;
}

@Resolver()
export class AuthResolver {
  @Query(() => Viewer, { description: 'The caller as authenticated. 当前调用者。' })
  me(@Ctx() context: Context): Viewer {
    const { caller } = context;
    return {
      role: caller.role,
      personId: caller.personId === null ? null : Buffer.from(`Person:${caller.personId}`).toString('base64'),
      apiKey: caller.apiKeyId,
    };
  }

  @Query(() => [ApiKey], { description: 'API keys (ADMIN). 接口密钥列表。' })
  apiKeys(@Ctx() context: Context): Promise<ApiKey[]> {
    return auth.listApiKeys(context);
  }

  @Mutation(() => CreatedApiKeyPayload, { description: 'Create a read-only API key (ADMIN). 新建只读接口密钥。' })
  createApiKey(@Arg('name', () => String) name: string, @Ctx() context: Context): Promise<CreatedApiKeyPayload> {
    return auth.createApiKey(context, name);
  }

  @Mutation(() => ApiKey, { description: 'Revoke an API key (ADMIN). 吊销接口密钥。' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<ApiKey> {
    return auth.revokeApiKey(context, id);
  }
}
