import { Body, Controller, Get, Header, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConsumes, ApiOkResponse, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, Matches } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LoginCommand } from '@pasar/identity';
import {
  AccessTokenVerifier,
  ApiErrors,
  AppConfig,
  AuthRateLimit,
  DomainError,
  Public,
} from '@pasar/shared';
import { LogoutCommand } from '@pasar/identity';

export const ADMIN_COOKIE = 'pasar_admin';
const COOKIE_PATH = '/admin';
/** Only same-site relative paths, so the form cannot be used to redirect elsewhere. */
const SAFE_NEXT = /^\/admin\/[\w/-]*$/;

export class AdminLoginForm {
  @ApiProperty()
  @IsEmail()
  email!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 128)
  password!: string;

  @ApiPropertyOptional({ example: '/admin/queues' })
  @IsOptional()
  @Matches(SAFE_NEXT)
  next?: string;
}

function page(message?: string, next = '/admin/queues'): string {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pasar admin sign-in</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:22rem;margin:4rem auto;padding:0 1rem}
label,input,button{display:block;width:100%;box-sizing:border-box;margin:.4rem 0}input,button{padding:.5rem}
.error{color:#b00020}</style></head>
<body><h1>Pasar admin</h1>${message ? `<p class="error" role="alert">${escape(message)}</p>` : ''}
<form method="post" action="/admin/login">
<input type="hidden" name="next" value="${escape(next)}">
<label>Email <input type="email" name="email" autocomplete="username" required></label>
<label>Password <input type="password" name="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button></form></body></html>`;
}

/**
 * Browser sign-in for the admin pages (Bull Board): a browser cannot add a bearer header,
 * so a successful admin login sets an HttpOnly, SameSite=Strict cookie scoped to /admin.
 */
@ApiTags('admin')
@Controller('admin')
export class AdminSessionController {
  constructor(
    private readonly commands: CommandBus,
    private readonly verifier: AccessTokenVerifier,
    private readonly config: AppConfig,
  ) {}

  @Get('login')
  @Public()
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The sign-in form' })
  form(@Query('next') next?: string): string {
    return page(undefined, next && SAFE_NEXT.test(next) ? next : undefined);
  }

  @Post('login')
  @Public()
  @AuthRateLimit()
  @HttpCode(303)
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiResponse({
    status: 303,
    description: 'Signed in; redirects to `next` (default /admin/queues)',
  })
  @ApiResponse({ status: 401, description: 'The form again, with the reason' })
  @ApiErrors(400, 429)
  async login(@Body() form: AdminLoginForm, @Res() reply: FastifyReply): Promise<void> {
    let result: { accessToken: string; role: string; expiresIn: number } | null = null;
    try {
      result = await this.commands.execute(new LoginCommand(form.email, form.password));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
    if (!result || result.role !== 'admin') {
      await reply
        .status(401)
        .type('text/html; charset=utf-8')
        .send(
          page(result ? 'This account is not an admin' : 'Email or password is wrong', form.next),
        );
      return;
    }
    await reply
      .setCookie(ADMIN_COOKIE, result.accessToken, {
        httpOnly: true,
        sameSite: 'strict',
        secure: this.config.publicUrl.startsWith('https:'),
        path: COOKIE_PATH,
        maxAge: result.expiresIn,
      })
      .redirect(form.next ?? '/admin/queues', 303);
  }

  @Post('logout')
  @Public()
  @HttpCode(303)
  @ApiResponse({ status: 303, description: 'Signed out; redirects to the sign-in form' })
  async logout(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const token = request.cookies[ADMIN_COOKIE];
    const actor = token ? await this.verifier.verify(token) : null;
    if (actor) await this.commands.execute(new LogoutCommand(actor));
    await reply.clearCookie(ADMIN_COOKIE, { path: COOKIE_PATH }).redirect('/admin/login', 303);
  }
}
