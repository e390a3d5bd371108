/// <reference types="@tarojs/taro" />

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5';
    TARO_APP_MOCK: 'true' | 'false';
    TARO_APP_GATEWAY_URL: string;
    /** The mini-program's gateway: an absolute https URL (checked at build time). */
    TARO_APP_WEAPP_GATEWAY_URL: string;
    TARO_APP_HOST: 'auto' | 'ishandong' | 'quancheng' | 'dev';
    TARO_APP_ISHANDONG_APP_ID: string;
    TARO_APP_QUANCHENG_APP_ID: string;
    TARO_APP_JSSDK_URL: string;
    TARO_APP_QUANCHENG_UA_TOKEN: string;
  }
}
