import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { createZodDto } from 'nestjs-zod';
import type { Response } from 'express';
import { LoginSchema, Me } from '@franscore/domain';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AuthService } from './auth.service';
import { AuthedRequest, CurrentUser, Public } from './auth.decorators';
import { AuthUser } from './auth-user';
import { authErrors } from './auth.errors';
import { isForeignOrigin } from './origin';
import { CSRF, Csrf, SESSION_COOKIE } from './csrf';
import { LOGIN, ThrottledOnlyBy } from './throttlers';
import { ZodResponse } from 'nestjs-zod';
import { MeDto } from '../openapi/responses.dto';
import { NoContent } from '../openapi/openapi.decorators';

class LoginDto extends createZodDto(LoginSchema) {}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(CSRF) private readonly csrf: Csrf,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @UseGuards(ThrottlerGuard)
  @ThrottledOnlyBy(LOGIN)
  @Post('login')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: MeDto })
  async login(@Body() body: LoginDto, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response): Promise<Me> {
    // A sign-in form on another site must not sign the browser in here (login CSRF).
    if (isForeignOrigin(req.headers.origin, req.host)) throw authErrors.origin();
    const { token, user, expiresAt } = await this.auth.login(body);
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.COOKIE_SECURE,
      path: '/',
      expires: expiresAt,
    });
    // The CSRF token is bound to the session it will travel with.
    req.cookies = { ...(req.cookies as Record<string, string>), [SESSION_COOKIE]: token };
    return { user, csrfToken: this.csrf.generateCsrfToken(req, res, { overwrite: true }) };
  }

  @Post('logout')
  @NoContent('Signed out; the session cookie is cleared.')
  async logout(@Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    if (req.sessionToken) await this.auth.logout(req.sessionToken);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @ZodResponse({ type: MeDto })
  me(@CurrentUser() user: AuthUser, @Req() req: AuthedRequest, @Res({ passthrough: true }) res: Response): Me {
    return { user, csrfToken: this.csrf.generateCsrfToken(req, res) };
  }
}
