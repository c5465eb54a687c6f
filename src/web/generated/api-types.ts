/**
 * The Portico API's request and response types, generated from its OpenAPI document by
 * `npm run api:types` (src/server/ops/api-types-cli.ts). Do not edit: change the route schemas and
 * regenerate. The test suite fails while this file differs from what the routes say.
 */
export type paths = {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness and database reachability
         * @description Liveness and database reachability.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in; sets the HttpOnly session cookie, or answers mfaRequired when a code must follow
         * @description Sign in; sets the HttpOnly session cookie, or answers mfaRequired when a code must follow.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Second sign-in step: a code from the authenticator or a one-time recovery code
         * @description Second sign-in step: a code from the authenticator or a one-time recovery code.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postAuthLoginMfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: ends this session (and a preview it shows)
         * @description Sign out: ends this session (and a preview it shows).
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in caller
         * @description The signed-in caller.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/locale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the caller’s language: e-mails and notifications to them use it
         * @description Set the caller’s language: e-mails and notifications to them use it.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        put: operations["putMeLocale"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the caller's password; other sessions of the user end
         * @description Change the caller's password; other sessions of the user end.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API tokens: your own; admins see everybody’s (never the secrets)
         * @description API tokens: your own; admins see everybody’s (never the secrets).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getApiTokens"];
        put?: never;
        /**
         * Create an API token for yourself; the answer holds the secret, once
         * @description Create an API token for yourself; the answer holds the secret, once.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postApiTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API token (at once, for good)
         * @description Revoke an API token (at once, for good).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteApiTokensById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the caller uses two-factor sign-in, must, and how many recovery codes are left
         * @description Whether the caller uses two-factor sign-in, must, and how many recovery codes are left.
         */
        get: operations["getMeMfa"];
        put?: never;
        post?: never;
        /**
         * Turn two-factor sign-in off (needs the password and a code)
         * @description Turn two-factor sign-in off (needs the password and a code).
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteMeMfa"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start enrolment: a new secret, its otpauth URL and a QR code (data URL) for the authenticator app
         * @description Start enrolment: a new secret, its otpauth URL and a QR code (data URL) for the authenticator app.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postMeMfaEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa/enrolment/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish enrolment with a first code; answers the one-time recovery codes (shown only now)
         * @description Finish enrolment with a first code; answers the one-time recovery codes (shown only now).
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postMeMfaEnrolmentConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace all recovery codes (needs a code)
         * @description Replace all recovery codes (needs a code).
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postMeMfaRecoveryCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Reset a user's two-factor sign-in (admins only)
         * @description Reset a user's two-factor sign-in (admins only).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteUsersByIdMfa"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/security": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Security settings (admins only)
         * @description Security settings (admins only).
         */
        get: operations["getSettingsSecurity"];
        /**
         * Change security settings (admins only); audited
         * @description Change security settings (admins only); audited.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        put: operations["putSettingsSecurity"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customers (consolidated accounts have children: filter by parentId)
         * @description List customers (consolidated accounts have children: filter by parentId).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getCustomers"];
        put?: never;
        /**
         * Create a customer
         * @description Create a customer.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postCustomers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a customer
         * @description Get a customer.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getCustomersById"];
        put?: never;
        post?: never;
        /**
         * Archive a customer
         * @description Archive a customer.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteCustomersById"];
        options?: never;
        head?: never;
        /**
         * Update a customer (parentId moves it with its sub-accounts)
         * @description Update a customer (parentId moves it with its sub-accounts).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchCustomersById"];
        trace?: never;
    };
    "/api/v1/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sites (q searches name, city and street; parentId lists the sub-sites of a site)
         * @description List sites (q searches name, city and street; parentId lists the sub-sites of a site).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getSites"];
        put?: never;
        /**
         * Create a site of a customer
         * @description Create a site of a customer.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postSites"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a site
         * @description Get a site.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getSitesById"];
        put?: never;
        post?: never;
        /**
         * Archive a site
         * @description Archive a site.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteSitesById"];
        options?: never;
        head?: never;
        /**
         * Update a site (parentId moves it with its sub-sites)
         * @description Update a site (parentId moves it with its sub-sites).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchSitesById"];
        trace?: never;
    };
    "/api/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts (q searches name and e-mail; siteId lists the contacts related to a site)
         * @description List contacts (q searches name and e-mail; siteId lists the contacts related to a site).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getContacts"];
        put?: never;
        /**
         * Create a contact of a customer, related to some of its sites
         * @description Create a contact of a customer, related to some of its sites.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact
         * @description Get a contact.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getContactsById"];
        put?: never;
        post?: never;
        /**
         * Archive a contact
         * @description Archive a contact.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteContactsById"];
        options?: never;
        head?: never;
        /**
         * Update a contact (siteIds replaces the related sites)
         * @description Update a contact (siteIds replaces the related sites).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchContactsById"];
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users (assignable=true: active staff only, for technician and assignee pickers; customerId: the portal users of that customer; contactId: those linked to that contact)
         * @description List users (assignable=true: active staff only, for technician and assignee pickers; customerId: the portal users of that customer; contactId: those linked to that contact).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getUsers"];
        put?: never;
        /**
         * Create a staff user (admins only)
         * @description Create a staff user (admins only).
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @description Get a user.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getUsersById"];
        put?: never;
        post?: never;
        /**
         * Disable a user and end all their sessions (admins only)
         * @description Disable a user and end all their sessions (admins only).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteUsersById"];
        options?: never;
        head?: never;
        /**
         * Update a user (admins only); status "disabled" ends all their sessions
         * @description Update a user (admins only); status "disabled" ends all their sessions.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchUsersById"];
        trace?: never;
    };
    "/api/v1/staff-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List staff groups (memberId lists the groups of a staff user)
         * @description List staff groups (memberId lists the groups of a staff user).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getStaffGroups"];
        put?: never;
        /**
         * Create a staff group (admins only)
         * @description Create a staff group (admins only).
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postStaffGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a staff group
         * @description Get a staff group.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getStaffGroupsById"];
        put?: never;
        post?: never;
        /**
         * Archive a staff group
         * @description Archive a staff group.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteStaffGroupsById"];
        options?: never;
        head?: never;
        /**
         * Update a staff group (memberIds replaces the members)
         * @description Update a staff group (memberIds replaces the members).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchStaffGroupsById"];
        trace?: never;
    };
    "/api/v1/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List assets (under=<asset id>: everything below that asset; visibleRoots: the tops of what the caller sees; childCounts: with each asset's visible sub-assets counted)
         * @description List assets (under=<asset id>: everything below that asset; visibleRoots: the tops of what the caller sees; childCounts: with each asset's visible sub-assets counted).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getAssets"];
        put?: never;
        /**
         * Create an asset (portal users: with manage-devices, on writable sites, no staff-only fields)
         * @description Create an asset (portal users: with manage-devices, on writable sites, no staff-only fields).
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postAssets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an asset
         * @description Get an asset.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getAssetsById"];
        put?: never;
        post?: never;
        /**
         * Archive an asset
         * @description Archive an asset.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteAssetsById"];
        options?: never;
        head?: never;
        /**
         * Update an asset (parentId moves it with its sub-assets; null makes it top-level)
         * @description Update an asset (parentId moves it with its sub-assets; null makes it top-level).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchAssetsById"];
        trace?: never;
    };
    "/api/v1/assets/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service and calibration history: work orders of the asset and everything under it, newest first
         * @description Service and calibration history: work orders of the asset and everything under it, newest first.
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getAssetsByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counts of the visible assets by state: ok, due within 30 days, overdue, in repair, out of service (capped at 10,000 assets)
         * @description Counts of the visible assets by state: ok, due within 30 days, overdue, in repair, out of service (capped at 10,000 assets).
         */
        get: operations["getAssetsOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/asset-labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * QR labels (PDF, A4, 3 × 8 labels of 70 × 37 mm) for a site’s assets or chosen assets
         * @description Each code holds the link /a/{assetId}: it opens the asset for a signed-in user who may see it and the sign-in page otherwise. Give siteId (its visible assets, by name) or assetIds (in that order).
         */
        get: operations["getAssetLabels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List work orders (newest first unless sorted otherwise)
         * @description List work orders (newest first unless sorted otherwise).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getWorkOrders"];
        put?: never;
        /**
         * Create a work order (customer and site default from the asset)
         * @description Create a work order (customer and site default from the asset).
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postWorkOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a work order
         * @description Get a work order.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getWorkOrdersById"];
        put?: never;
        post?: never;
        /**
         * Archive a work order
         * @description Archive a work order.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteWorkOrdersById"];
        options?: never;
        head?: never;
        /**
         * Update a work order; status follows the workflow, assigneeIds replaces the assignees
         * @description Update a work order; status follows the workflow, assigneeIds replaces the assignees.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchWorkOrdersById"];
        trace?: never;
    };
    "/api/v1/work-orders/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tasks of a work order (staff only), in checklist order
         * @description List the tasks of a work order (staff only), in checklist order.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getWorkOrdersByIdTasks"];
        put?: never;
        /**
         * Add a task at the end of the checklist
         * @description Add a task at the end of the checklist.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postWorkOrdersByIdTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a task
         * @description Delete a task.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteWorkOrdersByIdTasksByTaskId"];
        options?: never;
        head?: never;
        /**
         * Rename, tick off or move a task
         * @description Rename, tick off or move a task.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchWorkOrdersByIdTasksByTaskId"];
        trace?: never;
    };
    "/api/v1/work-orders/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the notes of a work order, oldest first (portal users see public notes only)
         * @description List the notes of a work order, oldest first (portal users see public notes only).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getWorkOrdersByIdNotes"];
        put?: never;
        /**
         * Add a note (internal unless visibility is public)
         * @description Add a note (internal unless visibility is public).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postWorkOrdersByIdNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service reports and certificates issued for a work order, newest first
         * @description Service reports and certificates issued for a work order, newest first.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getWorkOrdersByIdReports"];
        put?: never;
        /**
         * Issue a service report or calibration certificate (PDF) for a completed work order
         * @description Staff only. Renders the public part of the work order (work done, parts, technicians, dates, an optional customer signature) as a PDF with a verification code, and stores it as a customer-visible file on the work order.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postWorkOrdersByIdReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service reports and certificates of the work on an asset and everything under it (its passport), newest first, at most 200
         * @description Service reports and certificates of the work on an asset and everything under it (its passport), newest first, at most 200.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getAssetsByIdDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verify/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check a service report or certificate by its printed code or its SHA-256
         * @description Public and rate-limited. Says only whether such a document was issued, its hash and when.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getVerifyByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects (search q: number, name)
         * @description List projects (search q: number, name).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getProjects"];
        put?: never;
        /**
         * Create a project
         * @description Create a project.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postProjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a project with its progress and flags
         * @description Get a project with its progress and flags.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getProjectsById"];
        put?: never;
        post?: never;
        /**
         * Archive a project
         * @description Archive a project.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteProjectsById"];
        options?: never;
        head?: never;
        /**
         * Update a project
         * @description Update a project.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchProjectsById"];
        trace?: never;
    };
    "/api/v1/projects/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tasks, in checklist order (visible to whoever sees the project)
         * @description List the tasks, in checklist order (visible to whoever sees the project).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getProjectsByIdTasks"];
        put?: never;
        /**
         * Add a task at the end of the checklist
         * @description Add a task at the end of the checklist.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postProjectsByIdTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a task
         * @description Delete a task.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteProjectsByIdTasksByTaskId"];
        options?: never;
        head?: never;
        /**
         * Rename, tick off or move a task
         * @description Rename, tick off or move a task.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchProjectsByIdTasksByTaskId"];
        trace?: never;
    };
    "/api/v1/projects/{id}/parts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the project's parts (search q: description, part number)
         * @description List the project's parts (search q: description, part number).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getProjectsByIdParts"];
        put?: never;
        /**
         * Add a part to the parts list
         * @description Add a part to the parts list.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postProjectsByIdParts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/parts/{partId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a part from the parts list
         * @description Remove a part from the parts list.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteProjectsByIdPartsByPartId"];
        options?: never;
        head?: never;
        /**
         * Update a part
         * @description Update a part.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchProjectsByIdPartsByPartId"];
        trace?: never;
    };
    "/api/v1/projects/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the project's reports, newest first
         * @description List the project's reports, newest first.
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getProjectsByIdReports"];
        put?: never;
        /**
         * Add a report
         * @description Add a report.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postProjectsByIdReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the devices (assets) the project placed that the caller may see
         * @description List the devices (assets) the project placed that the caller may see.
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getProjectsByIdDevices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List orders (search q: number, title)
         * @description List orders (search q: number, title).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getOrders"];
        put?: never;
        /**
         * Create an order
         * @description Create an order.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an order with its flags
         * @description Get an order with its flags.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getOrdersById"];
        put?: never;
        post?: never;
        /**
         * Archive an order
         * @description Archive an order.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteOrdersById"];
        options?: never;
        head?: never;
        /**
         * Update an order
         * @description Update an order.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchOrdersById"];
        trace?: never;
    };
    "/api/v1/orders/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tasks, in checklist order (internal: staff only)
         * @description List the tasks, in checklist order (internal: staff only).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getOrdersByIdTasks"];
        put?: never;
        /**
         * Add a task at the end of the checklist
         * @description Add a task at the end of the checklist.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postOrdersByIdTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a task
         * @description Delete a task.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteOrdersByIdTasksByTaskId"];
        options?: never;
        head?: never;
        /**
         * Rename, tick off or move a task
         * @description Rename, tick off or move a task.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchOrdersByIdTasksByTaskId"];
        trace?: never;
    };
    "/api/v1/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List flags; with resourceType and resourceId, the flags on that record
         * @description List flags; with resourceType and resourceId, the flags on that record.
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getFlags"];
        put?: never;
        /**
         * Create a flag (admins)
         * @description Create a flag (admins).
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postFlags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a flag
         * @description Get a flag.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getFlagsById"];
        put?: never;
        post?: never;
        /**
         * Archive a flag (admins); it disappears from records
         * @description Archive a flag (admins); it disappears from records.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteFlagsById"];
        options?: never;
        head?: never;
        /**
         * Update a flag (admins)
         * @description Update a flag (admins).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchFlagsById"];
        trace?: never;
    };
    "/api/v1/flags/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a flag on an order, work order or project (idempotent)
         * @description Put a flag on an order, work order or project (idempotent).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postFlagsByIdAssignments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flags/{id}/assignments/{resourceType}/{resourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Take a flag off a record
         * @description Take a flag off a record.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteFlagsByIdAssignmentsByResourceTypeByResourceId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ticket-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List ticket types (customerId: the global types plus that customer’s own; portal users: the types they may create)
         * @description List ticket types (customerId: the global types plus that customer’s own; portal users: the types they may create).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getTicketTypes"];
        put?: never;
        /**
         * Create a ticket type (customerId: only that customer gets it)
         * @description Create a ticket type (customerId: only that customer gets it).
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postTicketTypes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ticket-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a ticket type
         * @description Get a ticket type.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getTicketTypesById"];
        put?: never;
        post?: never;
        /**
         * Archive a ticket type (no longer offered for new tickets)
         * @description Archive a ticket type (no longer offered for new tickets).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteTicketTypesById"];
        options?: never;
        head?: never;
        /**
         * Change a ticket type: name, key, default responsible, service-level targets (minutes)
         * @description Change a ticket type: name, key, default responsible, service-level targets (minutes).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchTicketTypesById"];
        trace?: never;
    };
    "/api/v1/ticket-types/{id}/routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the customers with their own responsible for this ticket type (staff)
         * @description List the customers with their own responsible for this ticket type (staff).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getTicketTypesByIdRoutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ticket-types/{id}/routes/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Route new tickets of this type from this customer (and its consolidated children) to a responsible user or group
         * @description Route new tickets of this type from this customer (and its consolidated children) to a responsible user or group.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        put: operations["putTicketTypesByIdRoutesByCustomerId"];
        post?: never;
        /**
         * Remove a customer’s route (its tickets go to the type’s default again)
         * @description Remove a customer’s route (its tickets go to the type’s default again).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteTicketTypesByIdRoutesByCustomerId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ticket-statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List ticket statuses (the workflow, ordered by position)
         * @description List ticket statuses (the workflow, ordered by position).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getTicketStatuses"];
        put?: never;
        /**
         * Create a ticket status (isInitial: new tickets start in it)
         * @description Create a ticket status (isInitial: new tickets start in it).
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postTicketStatuses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ticket-statuses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a ticket status
         * @description Get a ticket status.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getTicketStatusesById"];
        put?: never;
        post?: never;
        /**
         * Archive a ticket status (not the initial one)
         * @description Archive a ticket status (not the initial one).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteTicketStatusesById"];
        options?: never;
        head?: never;
        /**
         * Update a ticket status
         * @description Update a ticket status.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchTicketStatusesById"];
        trace?: never;
    };
    "/api/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tickets (q: number or title; default sort: newest first; sla: staff only, near = under 20 % of a target left)
         * @description List tickets (q: number or title; default sort: newest first; sla: staff only, near = under 20 % of a target left).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getTickets"];
        put?: never;
        /**
         * Raise a ticket (the caller is its submitter; portal users: allowed types, writable sites, configured recipients)
         * @description Raise a ticket (the caller is its submitter; portal users: allowed types, writable sites, configured recipients).
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postTickets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a ticket
         * @description Get a ticket.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getTicketsById"];
        put?: never;
        post?: never;
        /**
         * Archive a ticket
         * @description Archive a ticket.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteTicketsById"];
        options?: never;
        head?: never;
        /**
         * Update a ticket (moving to a closed-category status sets closedAt; portal users: statusId only, to their allowed statuses)
         * @description Update a ticket (moving to a closed-category status sets closedAt; portal users: statusId only, to their allowed statuses).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchTicketsById"];
        trace?: never;
    };
    "/api/v1/tickets/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the comments of a ticket, oldest first (portal users see only public ones)
         * @description List the comments of a ticket, oldest first (portal users see only public ones).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getTicketsByIdComments"];
        put?: never;
        /**
         * Comment on a ticket (internal comments: staff only)
         * @description Comment on a ticket (internal comments: staff only).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postTicketsByIdComments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the caller follows this ticket
         * @description Whether the caller follows this ticket.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getTicketsByIdFollow"];
        /**
         * Follow a ticket: hear about its replies and status changes
         * @description Follow a ticket: hear about its replies and status changes.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        put: operations["putTicketsByIdFollow"];
        post?: never;
        /**
         * Stop following a ticket
         * @description Stop following a ticket.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteTicketsByIdFollow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller’s notifications, newest first (only about records they can still see)
         * @description The caller’s notifications, newest first (only about records they can still see).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many notifications are unread (counted up to 100; capped says the real number may be higher)
         * @description How many notifications are unread (counted up to 100; capped says the real number may be higher).
         */
        get: operations["getNotificationsUnreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a notification read
         * @description Mark a notification read.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postNotificationsByIdRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all notifications read
         * @description Mark all notifications read.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postNotificationsReadAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How the caller is e-mailed about each kind of notification (immediate, daily digest, off)
         * @description How the caller is e-mailed about each kind of notification (immediate, daily digest, off).
         */
        get: operations["getNotificationPreferences"];
        /**
         * Change how the caller is e-mailed about some kinds of notification
         * @description Change how the caller is e-mailed about some kinds of notification.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        put: operations["putNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schedule-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List planned visits and rounds (from ≤ startsAt < to; default sort: startsAt)
         * @description List planned visits and rounds (from ≤ startsAt < to; default sort: startsAt).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getScheduleEntries"];
        put?: never;
        /**
         * Plan a visit or a round
         * @description Plan a visit or a round.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postScheduleEntries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schedule-entries/occurrences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every visit and every round of recurring series with from ≤ start < to (at most 366 days), earliest first
         * @description Every visit and every round of recurring series with from ≤ start < to (at most 366 days), earliest first.
         */
        get: operations["getScheduleEntriesOccurrences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schedule-entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a schedule entry
         * @description Get a schedule entry.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getScheduleEntriesById"];
        put?: never;
        post?: never;
        /**
         * Archive a schedule entry
         * @description Archive a schedule entry.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteScheduleEntriesById"];
        options?: never;
        head?: never;
        /**
         * Update a schedule entry (assetIds and assigneeIds replace the whole list)
         * @description Update a schedule entry (assetIds and assigneeIds replace the whole list).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchScheduleEntriesById"];
        trace?: never;
    };
    "/api/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List internal documents: policies, procedures, lists (staff only; items without body; q: title or text)
         * @description List internal documents: policies, procedures, lists (staff only; items without body; q: title or text).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getDocuments"];
        put?: never;
        /**
         * Create an internal document
         * @description Create an internal document.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an internal document with its body
         * @description Get an internal document with its body.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getDocumentsById"];
        put?: never;
        post?: never;
        /**
         * Archive an internal document
         * @description Archive an internal document.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteDocumentsById"];
        options?: never;
        head?: never;
        /**
         * Update an internal document
         * @description Update an internal document.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchDocumentsById"];
        trace?: never;
    };
    "/api/v1/file-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List file types (portal users see only customer-visible ones)
         * @description List file types (portal users see only customer-visible ones).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getFileTypes"];
        put?: never;
        /**
         * Create a file type (admins)
         * @description Create a file type (admins).
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postFileTypes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/file-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a file type
         * @description Get a file type.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getFileTypesById"];
        put?: never;
        post?: never;
        /**
         * Archive a file type (admins); its files stay
         * @description Archive a file type (admins); its files stay.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteFileTypesById"];
        options?: never;
        head?: never;
        /**
         * Rename a file type or change its portal visibility (admins)
         * @description Rename a file type or change its portal visibility (admins).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchFileTypesById"];
        trace?: never;
    };
    "/api/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List files (filter by the record they are attached to: resourceType + resourceId)
         * @description List files (filter by the record they are attached to: resourceType + resourceId).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getFiles"];
        put?: never;
        /**
         * Upload a file: multipart/form-data with the fields resourceType, resourceId, fileTypeId, then one file part
         * @description Upload a file: multipart/form-data with the fields resourceType, resourceId, fileTypeId, then one file part.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the metadata of a file
         * @description Get the metadata of a file.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getFilesById"];
        put?: never;
        post?: never;
        /**
         * Archive a file: it is no longer listed nor downloadable
         * @description Archive a file: it is no longer listed nor downloadable.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteFilesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file (always as an attachment; active content types are served as application/octet-stream)
         * @description Download a file (always as an attachment; active content types are served as application/octet-stream).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getFilesByIdContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit events, newest first, with the records, actors and customers named (admins)
         * @description List audit events, newest first, with the records, actors and customers named (admins).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an audit event (admins)
         * @description Get an audit event (admins).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getAuditEventsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff-home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Work queues with counts (capped) and the ticket and asset-due charts of the staff home (staff only)
         * @description Work queues with counts (capped) and the ticket and asset-due charts of the staff home (staff only).
         */
        get: operations["getStaffHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/role-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The role templates and whether the caller may give each (a customer admin: only within their own access, sites aside)
         * @description The role templates and whether the caller may give each (a customer admin: only within their own access, sites aside).
         */
        get: operations["getUsersRoleTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Access changes of the portal users the caller manages, newest first (a customer admin: their colleagues'): what was done, to whom, by whom
         * @description Access changes of the portal users the caller manages, newest first (a customer admin: their colleagues'): what was done, to whom, by whom.
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getAccessChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An external user's scope, modes and capabilities
         * @description An external user's scope, modes and capabilities.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getUsersByIdAccess"];
        /**
         * Change access: a role template (reset) and/or fields; audited
         * @description Change access: a role template (reset) and/or fields; audited.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        put: operations["putUsersByIdAccess"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/access/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What saving this access change would add to and remove from what the user sees, computed by the access policy; nothing is saved
         * @description What saving this access change would add to and remove from what the user sees, computed by the access policy; nothing is saved.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postUsersByIdAccessPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Records granted to the user
         * @description Records granted to the user.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getUsersByIdGrants"];
        put?: never;
        /**
         * Grant a record: "visible" (only make visible) or "assigned"; cascades down asset and project trees
         * @description Grant a record: "visible" (only make visible) or "assigned"; cascades down asset and project trees.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postUsersByIdGrants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/grants/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant several records at once: all or none, one notification mail for the batch
         * @description Each record must be visible to the caller and belong to the user's customers (422 naming `grants[i].resourceId` otherwise); a record already granted is a 409 naming it. `notify` defaults to true when a project is among the records.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postUsersByIdGrantsBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/grants/{resourceType}/{resourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a grant
         * @description Remove a grant.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteUsersByIdGrantsByResourceTypeByResourceId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Why can (or cannot) this user see this record? The grant chain, or the reason it is hidden
         * @description Why can (or cannot) this user see this record? The grant chain, or the reason it is hidden.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getUsersByIdExplain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/record-viewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who can see this record? Every portal user with access to it (invited ones included), and why
         * @description Who can see this record? Every portal user with access to it (invited ones included), and why.
         */
        get: operations["getRecordViewers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview the portal as this user: read-only, audited; sets the preview cookie
         * @description Preview the portal as this user: read-only, audited; sets the preview cookie.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postUsersByIdPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End the preview
         * @description End the preview.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deletePreview"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail-outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outgoing e-mails and their delivery state (admins)
         * @description Outgoing e-mails and their delivery state (admins).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getMailOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail-outbox/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One outgoing e-mail with its text and HTML body and its links (admins)
         * @description One outgoing e-mail with its text and HTML body and its links (admins).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getMailOutboxById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook subscriptions (admins; never the secrets)
         * @description List webhook subscriptions (admins; never the secrets).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         */
        get: operations["getWebhooks"];
        put?: never;
        /**
         * Subscribe a URL to event kinds (admins); the answer holds the signing secret, once
         * @description Subscribe a URL to event kinds (admins); the answer holds the signing secret, once.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postWebhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook subscription (admins)
         * @description Get a webhook subscription (admins).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getWebhooksById"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook subscription (admins); deliveries still due are not sent
         * @description Delete a webhook subscription (admins); deliveries still due are not sent.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteWebhooksById"];
        options?: never;
        head?: never;
        /**
         * Change a webhook subscription: URL, event kinds, customer-facing, description (admins)
         * @description Change a webhook subscription: URL, event kinds, customer-facing, description (admins).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        patch: operations["patchWebhooksById"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery log of a webhook, newest first: each body, its attempts and the receiver’s last answer (admins)
         * @description The delivery log of a webhook, newest first: each body, its attempts and the receiver’s last answer (admins).
         *
         *     Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getWebhooksByIdDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a failed delivery again, now (admins)
         * @description Send a failed delivery again, now (admins).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postWebhooksByIdDeliveriesByDeliveryIdRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Approval history of an order, newest first
         * @description Approval history of an order, newest first.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getOrdersByIdApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/approval-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the customer to approve an order for an amount (staff); after a decision, a new round
         * @description Ask the customer to approve an order for an amount (staff); after a decision, a new round.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postOrdersByIdApprovalRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/approval-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or decline an order while an approval is requested: portal users with the approve capability, or staff on the customer's behalf with evidence
         * @description Approve or decline an order while an approval is requested: portal users with the approve capability, or staff on the customer's behalf with evidence.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postOrdersByIdApprovalDecisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Approval history of a completed work order, newest first
         * @description Approval history of a completed work order, newest first.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getWorkOrdersByIdApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/approval-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the customer to approve a completed work order for an amount (staff); after a decision, a new round
         * @description Ask the customer to approve a completed work order for an amount (staff); after a decision, a new round.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postWorkOrdersByIdApprovalRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/approval-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or decline a completed work order while an approval is requested: portal users with the approve capability, or staff on the customer's behalf with evidence
         * @description Approve or decline a completed work order while an approval is requested: portal users with the approve capability, or staff on the customer's behalf with evidence.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postWorkOrdersByIdApprovalDecisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite external users by e-mail: one invitation, or {invitations: [...]} in bulk (all or none)
         * @description Invite external users by e-mail: one invitation, or {invitations: [...]} in bulk (all or none).
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postUsersInvitations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Invitation state of an external user
         * @description Invitation state of an external user.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         */
        get: operations["getUsersByIdInvitation"];
        put?: never;
        post?: never;
        /**
         * Revoke an open invitation
         * @description Revoke an open invitation.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        delete: operations["deleteUsersByIdInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/invitation/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a new invitation link (the previous one stops working)
         * @description Send a new invitation link (the previous one stops working).
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postUsersByIdInvitationResend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail the user a password-reset link
         * @description E-mail the user a password-reset link.
         *
         *     A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postUsersByIdPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate an invited account with its first password; signs in
         * @description Answers 409 `login_taken` when another account already signs in with the invitation's login: send the request again with a `login` of your choice.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postAuthActivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a password-reset e-mail (always 202: never reveals whether the address has an account)
         * @description Request a password-reset e-mail (always 202: never reveals whether the address has an account).
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postAuthPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset link; ends all sessions
         * @description Set a new password with a reset link; ends all sessions.
         *
         *     Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.
         */
        post: operations["postAuthPasswordResetConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        ErrorResponse: {
            error: {
                /** @description Stable, machine-readable reason, e.g. `validation_failed`, `invalid_reference` */
                code: string;
                /** @description Readable explanation in English */
                message: string;
                /** @description Quote it when reporting a problem */
                requestId: string;
                details?: {
                    path: string;
                    message: string;
                }[] | {
                    /** @description The request field at fault */
                    field?: string;
                    /** @description The ids of that field that do not exist or do not fit */
                    ids?: string[];
                    /** @description A refused status change: the current status */
                    from?: string;
                    /** @description A refused status change: the status asked for */
                    to?: string;
                    /** @description A refused status change: the statuses reachable from the current one */
                    allowed?: string[];
                };
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        /** @enum {string} */
                        database: "ok";
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    login: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user?: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            kind: "staff" | "external";
                            login: string;
                            email: string | null;
                            displayName: string;
                            /** @description A staff user’s role; empty for portal users */
                            roles: ("admin" | "coordinator" | "technician")[];
                            locale: string | null;
                            mustChangePassword: boolean;
                            lastLoginAt: string | null;
                            customerId: string | null;
                            mfaEnrolmentRequired?: boolean;
                            previewBy?: string | null;
                            portal?: {
                                customerIds: string[];
                                /** @description The portal areas the user has at least one customer for */
                                areas: ("assets" | "work_orders" | "projects" | "devices" | "orders" | "tickets" | "schedule" | "files")[];
                                sitesRestricted: boolean;
                                writableSiteIds: string[];
                                modes: {
                                    assets: "all_in_scope" | "granted_only";
                                    workOrders: "all_under_visible_assets" | "assigned_only";
                                    projects: "all_in_scope" | "granted_only";
                                    tickets: "own" | "all_in_scope";
                                    orders: "all_in_scope" | "own";
                                    schedule: "assigned_only";
                                };
                                capabilities: {
                                    manageDevices: boolean;
                                    createTickets: boolean;
                                    ticketTypeIds: string[];
                                    statusIds: string[];
                                    recipientUserIds: string[];
                                    recipientGroupIds: string[];
                                    uploadFiles: boolean;
                                    customerAdmin: boolean;
                                    approve: boolean;
                                    approvalLimit: number | null;
                                };
                            };
                        };
                        mfaRequired?: boolean;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many attempts; retry after the Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postAuthLoginMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Either `code` or `recoveryCode` */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The six digits the authenticator app shows */
                    code: string;
                } | {
                    /** @description One of the one-time recovery codes */
                    recoveryCode: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user?: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            kind: "staff" | "external";
                            login: string;
                            email: string | null;
                            displayName: string;
                            /** @description A staff user’s role; empty for portal users */
                            roles: ("admin" | "coordinator" | "technician")[];
                            locale: string | null;
                            mustChangePassword: boolean;
                            lastLoginAt: string | null;
                            customerId: string | null;
                            mfaEnrolmentRequired?: boolean;
                            previewBy?: string | null;
                            portal?: {
                                customerIds: string[];
                                /** @description The portal areas the user has at least one customer for */
                                areas: ("assets" | "work_orders" | "projects" | "devices" | "orders" | "tickets" | "schedule" | "files")[];
                                sitesRestricted: boolean;
                                writableSiteIds: string[];
                                modes: {
                                    assets: "all_in_scope" | "granted_only";
                                    workOrders: "all_under_visible_assets" | "assigned_only";
                                    projects: "all_in_scope" | "granted_only";
                                    tickets: "own" | "all_in_scope";
                                    orders: "all_in_scope" | "own";
                                    schedule: "assigned_only";
                                };
                                capabilities: {
                                    manageDevices: boolean;
                                    createTickets: boolean;
                                    ticketTypeIds: string[];
                                    statusIds: string[];
                                    recipientUserIds: string[];
                                    recipientGroupIds: string[];
                                    uploadFiles: boolean;
                                    customerAdmin: boolean;
                                    approve: boolean;
                                    approvalLimit: number | null;
                                };
                            };
                        };
                        mfaRequired?: boolean;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many attempts; retry after the Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        kind: "staff" | "external";
                        login: string;
                        email: string | null;
                        displayName: string;
                        /** @description A staff user’s role; empty for portal users */
                        roles: ("admin" | "coordinator" | "technician")[];
                        locale: string | null;
                        mustChangePassword: boolean;
                        lastLoginAt: string | null;
                        customerId: string | null;
                        mfaEnrolmentRequired?: boolean;
                        previewBy?: string | null;
                        portal?: {
                            customerIds: string[];
                            /** @description The portal areas the user has at least one customer for */
                            areas: ("assets" | "work_orders" | "projects" | "devices" | "orders" | "tickets" | "schedule" | "files")[];
                            sitesRestricted: boolean;
                            writableSiteIds: string[];
                            modes: {
                                assets: "all_in_scope" | "granted_only";
                                workOrders: "all_under_visible_assets" | "assigned_only";
                                projects: "all_in_scope" | "granted_only";
                                tickets: "own" | "all_in_scope";
                                orders: "all_in_scope" | "own";
                                schedule: "assigned_only";
                            };
                            capabilities: {
                                manageDevices: boolean;
                                createTickets: boolean;
                                ticketTypeIds: string[];
                                statusIds: string[];
                                recipientUserIds: string[];
                                recipientGroupIds: string[];
                                uploadFiles: boolean;
                                customerAdmin: boolean;
                                approve: boolean;
                                approvalLimit: number | null;
                            };
                        };
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    putMeLocale: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    locale: "en" | "de";
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getApiTokens: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "createdAt" | "-createdAt";
                /** @description Opaque identifier (UUID) */
                userId?: string;
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            userId: string;
                            name: string;
                            prefix: string;
                            /** Format: date-time */
                            createdAt: string;
                            expiresAt: string | null;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    expiresAt?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        userId: string;
                        name: string;
                        prefix: string;
                        /** Format: date-time */
                        createdAt: string;
                        expiresAt: string | null;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        /** @description The secret; shown only in this answer. */
                        token: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteApiTokensById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMeMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enrolled: boolean;
                        required: boolean;
                        recoveryCodesLeft: number;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteMeMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Either `code` or `recoveryCode` */
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    /** @description The six digits the authenticator app shows */
                    code: string;
                } | {
                    password: string;
                    /** @description One of the one-time recovery codes */
                    recoveryCode: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many attempts; retry after the Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postMeMfaEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secret: string;
                        otpauthUrl: string;
                        qrCode: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postMeMfaEnrolmentConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The six digits the authenticator app shows */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recoveryCodes: string[];
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many attempts; retry after the Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postMeMfaRecoveryCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Either `code` or `recoveryCode` */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The six digits the authenticator app shows */
                    code: string;
                } | {
                    /** @description One of the one-time recovery codes */
                    recoveryCode: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recoveryCodes: string[];
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many attempts; retry after the Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteUsersByIdMfa: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSettingsSecurity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        staffMfaRequired: boolean;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    putSettingsSecurity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    staffMfaRequired: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        staffMfaRequired: boolean;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCustomers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "name" | "-name" | "number" | "-number" | "createdAt" | "-createdAt";
                /** @description Opaque identifier (UUID) */
                parentId?: string;
                topLevel?: boolean;
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            parentId: string | null;
                            number: string;
                            name: string;
                            email: string | null;
                            phone: string | null;
                            internalNotes?: string | null;
                            portalAreas: ("assets" | "work_orders" | "projects" | "devices" | "orders" | "tickets" | "schedule" | "files")[];
                            portalMfaRequired?: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            archivedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postCustomers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    parentId?: string | null;
                    number?: string;
                    name: string;
                    email?: string | null;
                    phone?: string | null;
                    internalNotes?: string | null;
                    portalAreas?: ("assets" | "work_orders" | "projects" | "devices" | "orders" | "tickets" | "schedule" | "files")[];
                    portalMfaRequired?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        parentId: string | null;
                        number: string;
                        name: string;
                        email: string | null;
                        phone: string | null;
                        internalNotes?: string | null;
                        portalAreas: ("assets" | "work_orders" | "projects" | "devices" | "orders" | "tickets" | "schedule" | "files")[];
                        portalMfaRequired?: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCustomersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        parentId: string | null;
                        number: string;
                        name: string;
                        email: string | null;
                        phone: string | null;
                        internalNotes?: string | null;
                        portalAreas: ("assets" | "work_orders" | "projects" | "devices" | "orders" | "tickets" | "schedule" | "files")[];
                        portalMfaRequired?: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteCustomersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchCustomersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    parentId?: string | null;
                    number?: string;
                    name?: string;
                    email?: string | null;
                    phone?: string | null;
                    internalNotes?: string | null;
                    portalAreas?: ("assets" | "work_orders" | "projects" | "devices" | "orders" | "tickets" | "schedule" | "files")[];
                    portalMfaRequired?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        parentId: string | null;
                        number: string;
                        name: string;
                        email: string | null;
                        phone: string | null;
                        internalNotes?: string | null;
                        portalAreas: ("assets" | "work_orders" | "projects" | "devices" | "orders" | "tickets" | "schedule" | "files")[];
                        portalMfaRequired?: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSites: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "name" | "-name" | "createdAt" | "-createdAt";
                /** @description Opaque identifier (UUID) */
                customerId?: string;
                /** @description Opaque identifier (UUID) */
                parentId?: string;
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            customerId: string;
                            parentId: string | null;
                            name: string;
                            kind: "facility" | "address" | "branch" | "plant" | "building" | "other";
                            street: string | null;
                            postalCode: string | null;
                            city: string | null;
                            country: string | null;
                            internalNotes?: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            archivedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postSites: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Opaque identifier (UUID)
                     */
                    customerId: string;
                    parentId?: string | null;
                    name: string;
                    kind?: "facility" | "address" | "branch" | "plant" | "building" | "other";
                    street?: string | null;
                    postalCode?: string | null;
                    city?: string | null;
                    country?: string | null;
                    internalNotes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        parentId: string | null;
                        name: string;
                        kind: "facility" | "address" | "branch" | "plant" | "building" | "other";
                        street: string | null;
                        postalCode: string | null;
                        city: string | null;
                        country: string | null;
                        internalNotes?: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSitesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        parentId: string | null;
                        name: string;
                        kind: "facility" | "address" | "branch" | "plant" | "building" | "other";
                        street: string | null;
                        postalCode: string | null;
                        city: string | null;
                        country: string | null;
                        internalNotes?: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteSitesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchSitesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    parentId?: string | null;
                    name?: string;
                    kind?: "facility" | "address" | "branch" | "plant" | "building" | "other";
                    street?: string | null;
                    postalCode?: string | null;
                    city?: string | null;
                    country?: string | null;
                    internalNotes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        parentId: string | null;
                        name: string;
                        kind: "facility" | "address" | "branch" | "plant" | "building" | "other";
                        street: string | null;
                        postalCode: string | null;
                        city: string | null;
                        country: string | null;
                        internalNotes?: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getContacts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "name" | "-name" | "createdAt" | "-createdAt";
                /** @description Opaque identifier (UUID) */
                customerId?: string;
                /** @description Opaque identifier (UUID) */
                siteId?: string;
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            customerId: string;
                            name: string;
                            email: string | null;
                            phone: string | null;
                            jobTitle: string | null;
                            siteIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            archivedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Opaque identifier (UUID)
                     */
                    customerId: string;
                    name: string;
                    email?: string | null;
                    phone?: string | null;
                    jobTitle?: string | null;
                    siteIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        name: string;
                        email: string | null;
                        phone: string | null;
                        jobTitle: string | null;
                        siteIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getContactsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        name: string;
                        email: string | null;
                        phone: string | null;
                        jobTitle: string | null;
                        siteIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteContactsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchContactsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    email?: string | null;
                    phone?: string | null;
                    jobTitle?: string | null;
                    siteIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        name: string;
                        email: string | null;
                        phone: string | null;
                        jobTitle: string | null;
                        siteIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getUsers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "displayName" | "-displayName" | "login" | "-login" | "createdAt" | "-createdAt";
                kind?: "staff" | "external";
                role?: "admin" | "coordinator" | "technician";
                status?: "active" | "disabled" | "pending";
                assignable?: boolean;
                /** @description Opaque identifier (UUID) */
                customerId?: string;
                /** @description Opaque identifier (UUID) */
                contactId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            kind: "staff" | "external";
                            login: string;
                            email: string | null;
                            displayName: string;
                            role: ("admin" | "coordinator" | "technician") | null;
                            status: "active" | "disabled" | "pending";
                            mustChangePassword: boolean;
                            customerId: string | null;
                            contactId: string | null;
                            lastLoginAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    login: string;
                    email?: string | null;
                    displayName: string;
                    role: "admin" | "coordinator" | "technician";
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        kind: "staff" | "external";
                        login: string;
                        email: string | null;
                        displayName: string;
                        role: ("admin" | "coordinator" | "technician") | null;
                        status: "active" | "disabled" | "pending";
                        mustChangePassword: boolean;
                        customerId: string | null;
                        contactId: string | null;
                        lastLoginAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        kind: "staff" | "external";
                        login: string;
                        email: string | null;
                        displayName: string;
                        role: ("admin" | "coordinator" | "technician") | null;
                        status: "active" | "disabled" | "pending";
                        mustChangePassword: boolean;
                        customerId: string | null;
                        contactId: string | null;
                        lastLoginAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    email?: string | null;
                    role?: "admin" | "coordinator" | "technician";
                    status?: "active" | "disabled";
                    mustChangePassword?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        kind: "staff" | "external";
                        login: string;
                        email: string | null;
                        displayName: string;
                        role: ("admin" | "coordinator" | "technician") | null;
                        status: "active" | "disabled" | "pending";
                        mustChangePassword: boolean;
                        customerId: string | null;
                        contactId: string | null;
                        lastLoginAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getStaffGroups: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "name" | "-name" | "createdAt" | "-createdAt";
                /** @description Opaque identifier (UUID) */
                memberId?: string;
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            name: string;
                            memberIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            archivedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postStaffGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    memberIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        name: string;
                        memberIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getStaffGroupsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        name: string;
                        memberIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteStaffGroupsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchStaffGroupsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    memberIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        name: string;
                        memberIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAssets: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "name" | "-name" | "createdAt" | "-createdAt" | "nextDueDate" | "-nextDueDate";
                /** @description Opaque identifier (UUID) */
                customerId?: string;
                /** @description Opaque identifier (UUID) */
                siteId?: string;
                /** @description Opaque identifier (UUID) */
                parentId?: string;
                topLevel?: boolean;
                /** @description Only assets whose parent the caller cannot see: the tops of the trees as the caller sees them (for staff, the top-level assets) */
                visibleRoots?: boolean;
                /** @description Give each asset childCount: its direct sub-assets the caller can see */
                childCounts?: boolean;
                /** @description Opaque identifier (UUID) */
                under?: string;
                status?: "active" | "inactive" | "in_repair" | "decommissioned";
                /** @description YYYY-MM-DD */
                dueBefore?: string;
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            customerId: string;
                            siteId: string | null;
                            parentId: string | null;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            rootId: string;
                            depth: number;
                            projectId: string | null;
                            name: string;
                            category: string | null;
                            serialNumber: string | null;
                            manufacturer: string | null;
                            model: string | null;
                            /** @enum {unknown} */
                            status: "active" | "inactive" | "in_repair" | "decommissioned";
                            nextDueDate: string | null;
                            lastServiceDate: string | null;
                            customFields: {
                                [key: string]: string | number | boolean | null;
                            };
                            internalNotes?: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            archivedAt: string | null;
                            childCount?: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postAssets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Opaque identifier (UUID)
                     */
                    customerId: string;
                    siteId?: string | null;
                    parentId?: string | null;
                    projectId?: string | null;
                    name: string;
                    category?: string | null;
                    serialNumber?: string | null;
                    manufacturer?: string | null;
                    model?: string | null;
                    /** @enum {unknown} */
                    status?: "active" | "inactive" | "in_repair" | "decommissioned";
                    nextDueDate?: string | null;
                    lastServiceDate?: string | null;
                    /** @description At most 50 keys of at most 100 characters; at most 8 KB as JSON. Replaces the whole set. */
                    customFields?: {
                        [key: string]: string | number | boolean | null;
                    };
                    internalNotes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        siteId: string | null;
                        parentId: string | null;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        rootId: string;
                        depth: number;
                        projectId: string | null;
                        name: string;
                        category: string | null;
                        serialNumber: string | null;
                        manufacturer: string | null;
                        model: string | null;
                        /** @enum {unknown} */
                        status: "active" | "inactive" | "in_repair" | "decommissioned";
                        nextDueDate: string | null;
                        lastServiceDate: string | null;
                        customFields: {
                            [key: string]: string | number | boolean | null;
                        };
                        internalNotes?: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAssetsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        siteId: string | null;
                        parentId: string | null;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        rootId: string;
                        depth: number;
                        projectId: string | null;
                        name: string;
                        category: string | null;
                        serialNumber: string | null;
                        manufacturer: string | null;
                        model: string | null;
                        /** @enum {unknown} */
                        status: "active" | "inactive" | "in_repair" | "decommissioned";
                        nextDueDate: string | null;
                        lastServiceDate: string | null;
                        customFields: {
                            [key: string]: string | number | boolean | null;
                        };
                        internalNotes?: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteAssetsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchAssetsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    siteId?: string | null;
                    parentId?: string | null;
                    projectId?: string | null;
                    name?: string;
                    category?: string | null;
                    serialNumber?: string | null;
                    manufacturer?: string | null;
                    model?: string | null;
                    /** @enum {unknown} */
                    status?: "active" | "inactive" | "in_repair" | "decommissioned";
                    nextDueDate?: string | null;
                    lastServiceDate?: string | null;
                    /** @description At most 50 keys of at most 100 characters; at most 8 KB as JSON. Replaces the whole set. */
                    customFields?: {
                        [key: string]: string | number | boolean | null;
                    };
                    internalNotes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        siteId: string | null;
                        parentId: string | null;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        rootId: string;
                        depth: number;
                        projectId: string | null;
                        name: string;
                        category: string | null;
                        serialNumber: string | null;
                        manufacturer: string | null;
                        model: string | null;
                        /** @enum {unknown} */
                        status: "active" | "inactive" | "in_repair" | "decommissioned";
                        nextDueDate: string | null;
                        lastServiceDate: string | null;
                        customFields: {
                            [key: string]: string | number | boolean | null;
                        };
                        internalNotes?: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAssetsByIdHistory: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            number: string;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            customerId: string;
                            siteId: string | null;
                            assetId: string | null;
                            rootAssetId: string | null;
                            projectId: string | null;
                            title: string;
                            description: string | null;
                            /** @enum {unknown} */
                            kind: "maintenance" | "calibration" | "repair" | "inspection" | "installation" | "other";
                            /** @enum {unknown} */
                            status: "open" | "scheduled" | "in_progress" | "on_hold" | "completed" | "cancelled";
                            /** @enum {unknown} */
                            priority: "low" | "normal" | "high" | "urgent";
                            plannedStart: string | null;
                            plannedEnd: string | null;
                            completedAt: string | null;
                            internalCost?: number | null;
                            flags: {
                                /**
                                 * Format: uuid
                                 * @description Opaque identifier (UUID)
                                 */
                                id: string;
                                name: string;
                                color: string;
                                customerVisible: boolean;
                            }[];
                            assigneeIds: string[];
                            /** @enum {unknown} */
                            approvalState: "none" | "requested" | "approved" | "declined";
                            approvalAmount: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            archivedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAssetsOverview: {
        parameters: {
            query?: {
                /** @description Opaque identifier (UUID) */
                customerId?: string;
                /** @description Opaque identifier (UUID) */
                siteId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: number;
                        dueSoon: number;
                        overdue: number;
                        inRepair: number;
                        outOfService: number;
                        total: number;
                        capped: boolean;
                        /** Format: date */
                        today: string;
                        /** Format: date */
                        dueSoonBefore: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAssetLabels: {
        parameters: {
            query?: {
                /** @description Opaque identifier (UUID) */
                siteId?: string;
                /** @description Comma-separated asset ids, at most 500 */
                assetIds?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The label sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names does not exist, or the caller may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWorkOrders: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "createdAt" | "-createdAt" | "number" | "-number";
                /** @description Opaque identifier (UUID) */
                customerId?: string;
                /** @description Opaque identifier (UUID) */
                siteId?: string;
                /** @description Opaque identifier (UUID) */
                assetId?: string;
                /** @description Opaque identifier (UUID) */
                projectId?: string;
                /** @description One status or a comma-separated list */
                status?: string;
                kind?: "maintenance" | "calibration" | "repair" | "inspection" | "installation" | "other";
                /** @description Opaque identifier (UUID) */
                assigneeId?: string;
                plannedEndBefore?: string;
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            number: string;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            customerId: string;
                            siteId: string | null;
                            assetId: string | null;
                            rootAssetId: string | null;
                            projectId: string | null;
                            title: string;
                            description: string | null;
                            /** @enum {unknown} */
                            kind: "maintenance" | "calibration" | "repair" | "inspection" | "installation" | "other";
                            /** @enum {unknown} */
                            status: "open" | "scheduled" | "in_progress" | "on_hold" | "completed" | "cancelled";
                            /** @enum {unknown} */
                            priority: "low" | "normal" | "high" | "urgent";
                            plannedStart: string | null;
                            plannedEnd: string | null;
                            completedAt: string | null;
                            internalCost?: number | null;
                            flags: {
                                /**
                                 * Format: uuid
                                 * @description Opaque identifier (UUID)
                                 */
                                id: string;
                                name: string;
                                color: string;
                                customerVisible: boolean;
                            }[];
                            assigneeIds: string[];
                            /** @enum {unknown} */
                            approvalState: "none" | "requested" | "approved" | "declined";
                            approvalAmount: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            archivedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postWorkOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Opaque identifier (UUID)
                     */
                    customerId?: string;
                    siteId?: string | null;
                    assetId?: string | null;
                    projectId?: string | null;
                    title: string;
                    description?: string | null;
                    /** @enum {unknown} */
                    kind?: "maintenance" | "calibration" | "repair" | "inspection" | "installation" | "other";
                    /** @enum {unknown} */
                    priority?: "low" | "normal" | "high" | "urgent";
                    plannedStart?: string | null;
                    plannedEnd?: string | null;
                    internalCost?: number | null;
                    assigneeIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        number: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        siteId: string | null;
                        assetId: string | null;
                        rootAssetId: string | null;
                        projectId: string | null;
                        title: string;
                        description: string | null;
                        /** @enum {unknown} */
                        kind: "maintenance" | "calibration" | "repair" | "inspection" | "installation" | "other";
                        /** @enum {unknown} */
                        status: "open" | "scheduled" | "in_progress" | "on_hold" | "completed" | "cancelled";
                        /** @enum {unknown} */
                        priority: "low" | "normal" | "high" | "urgent";
                        plannedStart: string | null;
                        plannedEnd: string | null;
                        completedAt: string | null;
                        internalCost?: number | null;
                        flags: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            name: string;
                            color: string;
                            customerVisible: boolean;
                        }[];
                        assigneeIds: string[];
                        /** @enum {unknown} */
                        approvalState: "none" | "requested" | "approved" | "declined";
                        approvalAmount: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWorkOrdersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        number: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        siteId: string | null;
                        assetId: string | null;
                        rootAssetId: string | null;
                        projectId: string | null;
                        title: string;
                        description: string | null;
                        /** @enum {unknown} */
                        kind: "maintenance" | "calibration" | "repair" | "inspection" | "installation" | "other";
                        /** @enum {unknown} */
                        status: "open" | "scheduled" | "in_progress" | "on_hold" | "completed" | "cancelled";
                        /** @enum {unknown} */
                        priority: "low" | "normal" | "high" | "urgent";
                        plannedStart: string | null;
                        plannedEnd: string | null;
                        completedAt: string | null;
                        internalCost?: number | null;
                        flags: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            name: string;
                            color: string;
                            customerVisible: boolean;
                        }[];
                        assigneeIds: string[];
                        /** @enum {unknown} */
                        approvalState: "none" | "requested" | "approved" | "declined";
                        approvalAmount: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteWorkOrdersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchWorkOrdersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    siteId?: string | null;
                    assetId?: string | null;
                    projectId?: string | null;
                    title?: string;
                    description?: string | null;
                    /** @enum {unknown} */
                    kind?: "maintenance" | "calibration" | "repair" | "inspection" | "installation" | "other";
                    /** @enum {unknown} */
                    priority?: "low" | "normal" | "high" | "urgent";
                    plannedStart?: string | null;
                    plannedEnd?: string | null;
                    internalCost?: number | null;
                    assigneeIds?: string[];
                    /** @enum {unknown} */
                    status?: "open" | "scheduled" | "in_progress" | "on_hold" | "completed" | "cancelled";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        number: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        siteId: string | null;
                        assetId: string | null;
                        rootAssetId: string | null;
                        projectId: string | null;
                        title: string;
                        description: string | null;
                        /** @enum {unknown} */
                        kind: "maintenance" | "calibration" | "repair" | "inspection" | "installation" | "other";
                        /** @enum {unknown} */
                        status: "open" | "scheduled" | "in_progress" | "on_hold" | "completed" | "cancelled";
                        /** @enum {unknown} */
                        priority: "low" | "normal" | "high" | "urgent";
                        plannedStart: string | null;
                        plannedEnd: string | null;
                        completedAt: string | null;
                        internalCost?: number | null;
                        flags: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            name: string;
                            color: string;
                            customerVisible: boolean;
                        }[];
                        assigneeIds: string[];
                        /** @enum {unknown} */
                        approvalState: "none" | "requested" | "approved" | "declined";
                        approvalAmount: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWorkOrdersByIdTasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            workOrderId: string;
                            title: string;
                            done: boolean;
                            position: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postWorkOrdersByIdTasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        workOrderId: string;
                        title: string;
                        done: boolean;
                        position: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteWorkOrdersByIdTasksByTaskId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
                /** @description Opaque identifier (UUID) */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchWorkOrdersByIdTasksByTaskId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
                /** @description Opaque identifier (UUID) */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    done?: boolean;
                    /** @description Moves the task to this 0-based place; the others shift. */
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        workOrderId: string;
                        title: string;
                        done: boolean;
                        position: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWorkOrdersByIdNotes: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "createdAt" | "-createdAt";
            };
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            workOrderId: string;
                            authorUserId: string | null;
                            body: string;
                            visibility: "internal" | "public";
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postWorkOrdersByIdNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @description Defaults to internal. */
                    visibility?: "internal" | "public";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        workOrderId: string;
                        authorUserId: string | null;
                        body: string;
                        visibility: "internal" | "public";
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWorkOrdersByIdReports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            kind: "service_report" | "calibration_certificate";
                            /** @description Printed on the document; GET /verify/{code} confirms it */
                            verificationCode: string;
                            /** @description SHA-256 of the PDF as issued, hex */
                            sha256: string;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            workOrderId: string;
                            /** Format: date-time */
                            issuedAt: string;
                            file: {
                                /**
                                 * Format: uuid
                                 * @description Opaque identifier (UUID)
                                 */
                                id: string;
                                resourceType: "customer" | "site" | "asset" | "work_order" | "project" | "order" | "ticket" | "document";
                                /**
                                 * Format: uuid
                                 * @description Opaque identifier (UUID)
                                 */
                                resourceId: string;
                                /** @description null for files of internal documents */
                                customerId: string | null;
                                /**
                                 * Format: uuid
                                 * @description Opaque identifier (UUID)
                                 */
                                fileTypeId: string;
                                fileTypeName: string;
                                /** @description Whether the file type is shown in the portal */
                                customerVisible: boolean;
                                filename: string;
                                contentType: string;
                                sizeBytes: number;
                                /** @description SHA-256 of the content, hex */
                                sha256: string;
                                uploadedByUserId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                archivedAt: string | null;
                            };
                        }[];
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postWorkOrdersByIdReports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What was done, as the customer reads it */
                    workDone: string;
                    parts?: {
                        description: string;
                        quantity: number;
                    }[];
                    signature?: {
                        /** @description Who signed for the customer */
                        name: string;
                        /** @description A PNG data URL (data:image/png;base64,…) of at most 300 KB */
                        image: string;
                    };
                    /** @description Defaults to a calibration certificate for calibration work, else a service report */
                    kind?: "service_report" | "calibration_certificate";
                    /** @description The document's language; defaults to the reader's */
                    language?: "en" | "de";
                    /** @description A customer-visible file type; defaults to the type kept for this kind of document */
                    fileTypeId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        kind: "service_report" | "calibration_certificate";
                        /** @description Printed on the document; GET /verify/{code} confirms it */
                        verificationCode: string;
                        /** @description SHA-256 of the PDF as issued, hex */
                        sha256: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        workOrderId: string;
                        /** Format: date-time */
                        issuedAt: string;
                        file: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            resourceType: "customer" | "site" | "asset" | "work_order" | "project" | "order" | "ticket" | "document";
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            resourceId: string;
                            /** @description null for files of internal documents */
                            customerId: string | null;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            fileTypeId: string;
                            fileTypeName: string;
                            /** @description Whether the file type is shown in the portal */
                            customerVisible: boolean;
                            filename: string;
                            contentType: string;
                            sizeBytes: number;
                            /** @description SHA-256 of the content, hex */
                            sha256: string;
                            uploadedByUserId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            archivedAt: string | null;
                        };
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAssetsByIdDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            kind: "service_report" | "calibration_certificate";
                            /** @description Printed on the document; GET /verify/{code} confirms it */
                            verificationCode: string;
                            /** @description SHA-256 of the PDF as issued, hex */
                            sha256: string;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            workOrderId: string;
                            /** Format: date-time */
                            issuedAt: string;
                            file: {
                                /**
                                 * Format: uuid
                                 * @description Opaque identifier (UUID)
                                 */
                                id: string;
                                resourceType: "customer" | "site" | "asset" | "work_order" | "project" | "order" | "ticket" | "document";
                                /**
                                 * Format: uuid
                                 * @description Opaque identifier (UUID)
                                 */
                                resourceId: string;
                                /** @description null for files of internal documents */
                                customerId: string | null;
                                /**
                                 * Format: uuid
                                 * @description Opaque identifier (UUID)
                                 */
                                fileTypeId: string;
                                fileTypeName: string;
                                /** @description Whether the file type is shown in the portal */
                                customerVisible: boolean;
                                filename: string;
                                contentType: string;
                                sizeBytes: number;
                                /** @description SHA-256 of the content, hex */
                                sha256: string;
                                uploadedByUserId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                archivedAt: string | null;
                            };
                        }[];
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getVerifyByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        issued: true;
                        verificationCode: string;
                        sha256: string;
                        /** Format: date-time */
                        issuedAt: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many attempts; retry after the Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getProjects: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "name" | "-name" | "createdAt" | "-createdAt" | "number" | "-number";
                /** @description Opaque identifier (UUID) */
                customerId?: string;
                /** @description Opaque identifier (UUID) */
                siteId?: string;
                status?: "planned" | "active" | "on_hold" | "completed" | "cancelled";
                kind?: "design" | "installation";
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            number: string;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            customerId: string;
                            siteId: string | null;
                            name: string;
                            description: string | null;
                            /** @enum {unknown} */
                            kind: "design" | "installation";
                            /** @enum {unknown} */
                            status: "planned" | "active" | "on_hold" | "completed" | "cancelled";
                            startDate: string | null;
                            dueDate: string | null;
                            internalNotes?: string | null;
                            progress: number;
                            flags: {
                                /**
                                 * Format: uuid
                                 * @description Opaque identifier (UUID)
                                 */
                                id: string;
                                name: string;
                                color: string;
                                customerVisible: boolean;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            archivedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postProjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Opaque identifier (UUID)
                     */
                    customerId: string;
                    siteId?: string | null;
                    name: string;
                    description?: string | null;
                    /** @enum {unknown} */
                    kind?: "design" | "installation";
                    /** @enum {unknown} */
                    status?: "planned" | "active" | "on_hold" | "completed" | "cancelled";
                    startDate?: string | null;
                    dueDate?: string | null;
                    internalNotes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        number: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        siteId: string | null;
                        name: string;
                        description: string | null;
                        /** @enum {unknown} */
                        kind: "design" | "installation";
                        /** @enum {unknown} */
                        status: "planned" | "active" | "on_hold" | "completed" | "cancelled";
                        startDate: string | null;
                        dueDate: string | null;
                        internalNotes?: string | null;
                        progress: number;
                        flags: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            name: string;
                            color: string;
                            customerVisible: boolean;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getProjectsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        number: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        siteId: string | null;
                        name: string;
                        description: string | null;
                        /** @enum {unknown} */
                        kind: "design" | "installation";
                        /** @enum {unknown} */
                        status: "planned" | "active" | "on_hold" | "completed" | "cancelled";
                        startDate: string | null;
                        dueDate: string | null;
                        internalNotes?: string | null;
                        progress: number;
                        flags: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            name: string;
                            color: string;
                            customerVisible: boolean;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteProjectsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchProjectsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    siteId?: string | null;
                    name?: string;
                    description?: string | null;
                    /** @enum {unknown} */
                    kind?: "design" | "installation";
                    /** @enum {unknown} */
                    status?: "planned" | "active" | "on_hold" | "completed" | "cancelled";
                    startDate?: string | null;
                    dueDate?: string | null;
                    internalNotes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        number: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        siteId: string | null;
                        name: string;
                        description: string | null;
                        /** @enum {unknown} */
                        kind: "design" | "installation";
                        /** @enum {unknown} */
                        status: "planned" | "active" | "on_hold" | "completed" | "cancelled";
                        startDate: string | null;
                        dueDate: string | null;
                        internalNotes?: string | null;
                        progress: number;
                        flags: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            name: string;
                            color: string;
                            customerVisible: boolean;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getProjectsByIdTasks: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "position" | "-position";
            };
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            title: string;
                            done: boolean;
                            position: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postProjectsByIdTasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        title: string;
                        done: boolean;
                        position: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteProjectsByIdTasksByTaskId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
                /** @description Opaque identifier (UUID) */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchProjectsByIdTasksByTaskId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
                /** @description Opaque identifier (UUID) */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    done?: boolean;
                    /** @description Moves the task; the others shift. Past the end means last. */
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        title: string;
                        done: boolean;
                        position: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getProjectsByIdParts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "createdAt" | "-createdAt" | "description" | "-description";
            };
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            partNumber: string | null;
                            description: string;
                            quantity: number;
                            /** @enum {unknown} */
                            status: "planned" | "ordered" | "delivered" | "installed";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postProjectsByIdParts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    partNumber?: string | null;
                    description: string;
                    quantity: number;
                    /** @enum {unknown} */
                    status?: "planned" | "ordered" | "delivered" | "installed";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        partNumber: string | null;
                        description: string;
                        quantity: number;
                        /** @enum {unknown} */
                        status: "planned" | "ordered" | "delivered" | "installed";
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteProjectsByIdPartsByPartId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
                /** @description Opaque identifier (UUID) */
                partId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchProjectsByIdPartsByPartId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
                /** @description Opaque identifier (UUID) */
                partId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    partNumber?: string | null;
                    description?: string;
                    quantity?: number;
                    /** @enum {unknown} */
                    status?: "planned" | "ordered" | "delivered" | "installed";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        partNumber: string | null;
                        description: string;
                        quantity: number;
                        /** @enum {unknown} */
                        status: "planned" | "ordered" | "delivered" | "installed";
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getProjectsByIdReports: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "reportDate" | "-reportDate" | "createdAt" | "-createdAt";
            };
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            title: string;
                            summary: string | null;
                            reportDate: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postProjectsByIdReports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    summary?: string | null;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD; today when left out
                     */
                    reportDate?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        title: string;
                        summary: string | null;
                        reportDate: string;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getProjectsByIdDevices: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "name" | "-name" | "createdAt" | "-createdAt";
                includeArchived?: boolean;
            };
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            name: string;
                            category: string | null;
                            serialNumber: string | null;
                            /** @enum {unknown} */
                            status: "active" | "inactive" | "in_repair" | "decommissioned";
                            siteId: string | null;
                            parentId: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getOrders: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "createdAt" | "-createdAt" | "number" | "-number";
                /** @description Opaque identifier (UUID) */
                customerId?: string;
                /** @description Opaque identifier (UUID) */
                siteId?: string;
                status?: "received" | "in_production" | "ready" | "shipped" | "completed" | "cancelled";
                /** @description YYYY-MM-DD */
                deadlineBefore?: string;
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            number: string;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            customerId: string;
                            siteId: string | null;
                            title: string;
                            /** @enum {unknown} */
                            status: "received" | "in_production" | "ready" | "shipped" | "completed" | "cancelled";
                            deadline: string | null;
                            placedByUserId: string | null;
                            internalNotes?: string | null;
                            flags: {
                                /**
                                 * Format: uuid
                                 * @description Opaque identifier (UUID)
                                 */
                                id: string;
                                name: string;
                                color: string;
                                customerVisible: boolean;
                            }[];
                            /** @enum {unknown} */
                            approvalState: "none" | "requested" | "approved" | "declined";
                            approvalAmount: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            archivedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Opaque identifier (UUID)
                     */
                    customerId: string;
                    siteId?: string | null;
                    title: string;
                    /** @enum {unknown} */
                    status?: "received" | "in_production" | "ready" | "shipped" | "completed" | "cancelled";
                    deadline?: string | null;
                    internalNotes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        number: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        siteId: string | null;
                        title: string;
                        /** @enum {unknown} */
                        status: "received" | "in_production" | "ready" | "shipped" | "completed" | "cancelled";
                        deadline: string | null;
                        placedByUserId: string | null;
                        internalNotes?: string | null;
                        flags: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            name: string;
                            color: string;
                            customerVisible: boolean;
                        }[];
                        /** @enum {unknown} */
                        approvalState: "none" | "requested" | "approved" | "declined";
                        approvalAmount: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getOrdersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        number: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        siteId: string | null;
                        title: string;
                        /** @enum {unknown} */
                        status: "received" | "in_production" | "ready" | "shipped" | "completed" | "cancelled";
                        deadline: string | null;
                        placedByUserId: string | null;
                        internalNotes?: string | null;
                        flags: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            name: string;
                            color: string;
                            customerVisible: boolean;
                        }[];
                        /** @enum {unknown} */
                        approvalState: "none" | "requested" | "approved" | "declined";
                        approvalAmount: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteOrdersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchOrdersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    siteId?: string | null;
                    title?: string;
                    /** @enum {unknown} */
                    status?: "received" | "in_production" | "ready" | "shipped" | "completed" | "cancelled";
                    deadline?: string | null;
                    internalNotes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        number: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        siteId: string | null;
                        title: string;
                        /** @enum {unknown} */
                        status: "received" | "in_production" | "ready" | "shipped" | "completed" | "cancelled";
                        deadline: string | null;
                        placedByUserId: string | null;
                        internalNotes?: string | null;
                        flags: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            name: string;
                            color: string;
                            customerVisible: boolean;
                        }[];
                        /** @enum {unknown} */
                        approvalState: "none" | "requested" | "approved" | "declined";
                        approvalAmount: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getOrdersByIdTasks: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "position" | "-position";
            };
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            title: string;
                            done: boolean;
                            position: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postOrdersByIdTasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        title: string;
                        done: boolean;
                        position: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteOrdersByIdTasksByTaskId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
                /** @description Opaque identifier (UUID) */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchOrdersByIdTasksByTaskId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
                /** @description Opaque identifier (UUID) */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    done?: boolean;
                    /** @description Moves the task; the others shift. Past the end means last. */
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        title: string;
                        done: boolean;
                        position: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getFlags: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "name" | "-name" | "createdAt" | "-createdAt";
                resourceType?: "order" | "work_order" | "project";
                /** @description Opaque identifier (UUID) */
                resourceId?: string;
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            name: string;
                            /** @description The name per language (en, de); a language without one reads `name`. */
                            nameTranslations: {
                                en?: string;
                                de?: string;
                            };
                            color: string;
                            customerVisible: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            archivedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names does not exist, or the caller may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postFlags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description The name per language (en, de); a language without one reads `name`. */
                    nameTranslations?: {
                        en?: string;
                        de?: string;
                    };
                    /** @description Hex colour, #rrggbb */
                    color: string;
                    customerVisible?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        name: string;
                        /** @description The name per language (en, de); a language without one reads `name`. */
                        nameTranslations: {
                            en?: string;
                            de?: string;
                        };
                        color: string;
                        customerVisible: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getFlagsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        name: string;
                        /** @description The name per language (en, de); a language without one reads `name`. */
                        nameTranslations: {
                            en?: string;
                            de?: string;
                        };
                        color: string;
                        customerVisible: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteFlagsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchFlagsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description The name per language (en, de); a language without one reads `name`. */
                    nameTranslations?: {
                        en?: string;
                        de?: string;
                    };
                    /** @description Hex colour, #rrggbb */
                    color?: string;
                    customerVisible?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        name: string;
                        /** @description The name per language (en, de); a language without one reads `name`. */
                        nameTranslations: {
                            en?: string;
                            de?: string;
                        };
                        color: string;
                        customerVisible: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postFlagsByIdAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    resourceType: "order" | "work_order" | "project";
                    /**
                     * Format: uuid
                     * @description Opaque identifier (UUID)
                     */
                    resourceId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        flagId: string;
                        /** @enum {unknown} */
                        resourceType: "order" | "work_order" | "project";
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        resourceId: string;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteFlagsByIdAssignmentsByResourceTypeByResourceId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
                resourceType: "order" | "work_order" | "project";
                /** @description Opaque identifier (UUID) */
                resourceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getTicketTypes: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "name" | "-name" | "key" | "-key" | "createdAt" | "-createdAt";
                /** @description Opaque identifier (UUID) */
                customerId?: string;
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            key: string;
                            name: string;
                            /** @description The name per language (en, de); a language without one reads `name`. */
                            nameTranslations: {
                                en?: string;
                                de?: string;
                            };
                            customerId: string | null;
                            defaultResponsibleUserId: string | null;
                            defaultResponsibleGroupId: string | null;
                            firstResponseMinutes: number | null;
                            resolutionMinutes: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            archivedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postTicketTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    key: string;
                    name: string;
                    /** @description The name per language (en, de); a language without one reads `name`. */
                    nameTranslations?: {
                        en?: string;
                        de?: string;
                    };
                    customerId?: string | null;
                    defaultResponsibleUserId?: string | null;
                    defaultResponsibleGroupId?: string | null;
                    firstResponseMinutes?: number | null;
                    resolutionMinutes?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        key: string;
                        name: string;
                        /** @description The name per language (en, de); a language without one reads `name`. */
                        nameTranslations: {
                            en?: string;
                            de?: string;
                        };
                        customerId: string | null;
                        defaultResponsibleUserId: string | null;
                        defaultResponsibleGroupId: string | null;
                        firstResponseMinutes: number | null;
                        resolutionMinutes: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getTicketTypesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        key: string;
                        name: string;
                        /** @description The name per language (en, de); a language without one reads `name`. */
                        nameTranslations: {
                            en?: string;
                            de?: string;
                        };
                        customerId: string | null;
                        defaultResponsibleUserId: string | null;
                        defaultResponsibleGroupId: string | null;
                        firstResponseMinutes: number | null;
                        resolutionMinutes: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteTicketTypesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchTicketTypesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    key?: string;
                    name?: string;
                    /** @description The name per language (en, de); a language without one reads `name`. */
                    nameTranslations?: {
                        en?: string;
                        de?: string;
                    };
                    defaultResponsibleUserId?: string | null;
                    defaultResponsibleGroupId?: string | null;
                    firstResponseMinutes?: number | null;
                    resolutionMinutes?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        key: string;
                        name: string;
                        /** @description The name per language (en, de); a language without one reads `name`. */
                        nameTranslations: {
                            en?: string;
                            de?: string;
                        };
                        customerId: string | null;
                        defaultResponsibleUserId: string | null;
                        defaultResponsibleGroupId: string | null;
                        firstResponseMinutes: number | null;
                        resolutionMinutes: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getTicketTypesByIdRoutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        ticketTypeId: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        customerName: string;
                        responsibleUserId: string | null;
                        responsibleGroupId: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                    }[];
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    putTicketTypesByIdRoutesByCustomerId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
                /** @description Opaque identifier (UUID) */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    responsibleUserId: string | null;
                    responsibleGroupId: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        ticketTypeId: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        customerName: string;
                        responsibleUserId: string | null;
                        responsibleGroupId: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteTicketTypesByIdRoutesByCustomerId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
                /** @description Opaque identifier (UUID) */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getTicketStatuses: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "position" | "-position" | "name" | "-name" | "key" | "-key";
                category?: "open" | "in_progress" | "closed";
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            key: string;
                            name: string;
                            /** @description The name per language (en, de); a language without one reads `name`. */
                            nameTranslations: {
                                en?: string;
                                de?: string;
                            };
                            category: "open" | "in_progress" | "closed";
                            position: number;
                            isInitial: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            archivedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postTicketStatuses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    key: string;
                    name: string;
                    /** @description The name per language (en, de); a language without one reads `name`. */
                    nameTranslations?: {
                        en?: string;
                        de?: string;
                    };
                    category: "open" | "in_progress" | "closed";
                    position?: number;
                    isInitial?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        key: string;
                        name: string;
                        /** @description The name per language (en, de); a language without one reads `name`. */
                        nameTranslations: {
                            en?: string;
                            de?: string;
                        };
                        category: "open" | "in_progress" | "closed";
                        position: number;
                        isInitial: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getTicketStatusesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        key: string;
                        name: string;
                        /** @description The name per language (en, de); a language without one reads `name`. */
                        nameTranslations: {
                            en?: string;
                            de?: string;
                        };
                        category: "open" | "in_progress" | "closed";
                        position: number;
                        isInitial: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteTicketStatusesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchTicketStatusesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    key?: string;
                    name?: string;
                    /** @description The name per language (en, de); a language without one reads `name`. */
                    nameTranslations?: {
                        en?: string;
                        de?: string;
                    };
                    category?: "open" | "in_progress" | "closed";
                    position?: number;
                    isInitial?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        key: string;
                        name: string;
                        /** @description The name per language (en, de); a language without one reads `name`. */
                        nameTranslations: {
                            en?: string;
                            de?: string;
                        };
                        category: "open" | "in_progress" | "closed";
                        position: number;
                        isInitial: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getTickets: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt" | "number" | "-number";
                /** @description Opaque identifier (UUID) */
                customerId?: string;
                /** @description Opaque identifier (UUID) */
                siteId?: string;
                /** @description Opaque identifier (UUID) */
                assetId?: string;
                /** @description Opaque identifier (UUID) */
                typeId?: string;
                /** @description Opaque identifier (UUID) */
                statusId?: string;
                statusCategory?: "open" | "in_progress" | "closed";
                /** @description Opaque identifier (UUID) */
                submitterId?: string;
                /** @description Opaque identifier (UUID) */
                responsibleUserId?: string;
                assigned?: "unassigned" | "me";
                sla?: "near" | "breached" | "at_risk";
                unresolved?: boolean;
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            number: string;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            customerId: string;
                            siteId: string | null;
                            assetId: string | null;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            typeId: string;
                            typeKey: string;
                            typeName: string;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            statusId: string;
                            statusKey: string;
                            statusName: string;
                            statusCategory: "open" | "in_progress" | "closed";
                            title: string;
                            description: string | null;
                            priority: "low" | "normal" | "high" | "urgent";
                            submitterUserId: string | null;
                            responsibleUserId: string | null;
                            responsibleGroupId: string | null;
                            rating: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            closedAt: string | null;
                            archivedAt: string | null;
                            sla: {
                                firstResponseDueAt: string | null;
                                resolutionDueAt: string | null;
                                firstRespondedAt: string | null;
                                resolvedAt: string | null;
                                state: "none" | "ok" | "near" | "breached";
                            } | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postTickets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Opaque identifier (UUID)
                     */
                    customerId?: string;
                    siteId?: string | null;
                    assetId?: string | null;
                    /**
                     * Format: uuid
                     * @description Opaque identifier (UUID)
                     */
                    typeId: string;
                    /**
                     * Format: uuid
                     * @description Opaque identifier (UUID)
                     */
                    statusId?: string;
                    title: string;
                    description?: string | null;
                    priority?: "low" | "normal" | "high" | "urgent";
                    responsibleUserId?: string | null;
                    responsibleGroupId?: string | null;
                    rating?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        number: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        siteId: string | null;
                        assetId: string | null;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        typeId: string;
                        typeKey: string;
                        typeName: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        statusId: string;
                        statusKey: string;
                        statusName: string;
                        statusCategory: "open" | "in_progress" | "closed";
                        title: string;
                        description: string | null;
                        priority: "low" | "normal" | "high" | "urgent";
                        submitterUserId: string | null;
                        responsibleUserId: string | null;
                        responsibleGroupId: string | null;
                        rating: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        closedAt: string | null;
                        archivedAt: string | null;
                        sla: {
                            firstResponseDueAt: string | null;
                            resolutionDueAt: string | null;
                            firstRespondedAt: string | null;
                            resolvedAt: string | null;
                            state: "none" | "ok" | "near" | "breached";
                        } | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getTicketsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        number: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        siteId: string | null;
                        assetId: string | null;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        typeId: string;
                        typeKey: string;
                        typeName: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        statusId: string;
                        statusKey: string;
                        statusName: string;
                        statusCategory: "open" | "in_progress" | "closed";
                        title: string;
                        description: string | null;
                        priority: "low" | "normal" | "high" | "urgent";
                        submitterUserId: string | null;
                        responsibleUserId: string | null;
                        responsibleGroupId: string | null;
                        rating: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        closedAt: string | null;
                        archivedAt: string | null;
                        sla: {
                            firstResponseDueAt: string | null;
                            resolutionDueAt: string | null;
                            firstRespondedAt: string | null;
                            resolvedAt: string | null;
                            state: "none" | "ok" | "near" | "breached";
                        } | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteTicketsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchTicketsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    siteId?: string | null;
                    assetId?: string | null;
                    /**
                     * Format: uuid
                     * @description Opaque identifier (UUID)
                     */
                    typeId?: string;
                    /**
                     * Format: uuid
                     * @description Opaque identifier (UUID)
                     */
                    statusId?: string;
                    title?: string;
                    description?: string | null;
                    priority?: "low" | "normal" | "high" | "urgent";
                    responsibleUserId?: string | null;
                    responsibleGroupId?: string | null;
                    rating?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        number: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        siteId: string | null;
                        assetId: string | null;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        typeId: string;
                        typeKey: string;
                        typeName: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        statusId: string;
                        statusKey: string;
                        statusName: string;
                        statusCategory: "open" | "in_progress" | "closed";
                        title: string;
                        description: string | null;
                        priority: "low" | "normal" | "high" | "urgent";
                        submitterUserId: string | null;
                        responsibleUserId: string | null;
                        responsibleGroupId: string | null;
                        rating: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        closedAt: string | null;
                        archivedAt: string | null;
                        sla: {
                            firstResponseDueAt: string | null;
                            resolutionDueAt: string | null;
                            firstRespondedAt: string | null;
                            resolvedAt: string | null;
                            state: "none" | "ok" | "near" | "breached";
                        } | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getTicketsByIdComments: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            ticketId: string;
                            authorUserId: string | null;
                            body: string;
                            visibility: "internal" | "public";
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postTicketsByIdComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    visibility?: "internal" | "public";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        ticketId: string;
                        authorUserId: string | null;
                        body: string;
                        visibility: "internal" | "public";
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getTicketsByIdFollow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        following: boolean;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    putTicketsByIdFollow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        following: boolean;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteTicketsByIdFollow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        following: boolean;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getNotifications: {
        parameters: {
            query?: {
                unread?: boolean;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            kind: ("ticket_created" | "ticket_assigned" | "ticket_comment" | "ticket_status") | "approval_requested" | "approval_decided";
                            ticketId: string | null;
                            data: {
                                ticketNumber: string;
                                ticketTitle: string;
                                actorName: string | null;
                                statusName?: string;
                                excerpt?: string;
                                internal?: boolean;
                            } | {
                                recordType: "order" | "work_order";
                                recordId: string;
                                recordNumber: string;
                                recordTitle: string;
                                actorName: string | null;
                                amount: number;
                                decision?: "approved" | "declined";
                            };
                            /** Format: date-time */
                            createdAt: string;
                            readAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getNotificationsUnreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        capped: boolean;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postNotificationsByIdRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postNotificationsReadAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            kind: "ticket_created" | "ticket_assigned" | "ticket_comment" | "ticket_status";
                            delivery: "immediate" | "digest" | "off";
                        }[];
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    putNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        kind: "ticket_created" | "ticket_assigned" | "ticket_comment" | "ticket_status";
                        delivery: "immediate" | "digest" | "off";
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            kind: "ticket_created" | "ticket_assigned" | "ticket_comment" | "ticket_status";
                            delivery: "immediate" | "digest" | "off";
                        }[];
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getScheduleEntries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "startsAt" | "-startsAt" | "createdAt" | "-createdAt";
                /** @description Opaque identifier (UUID) */
                customerId?: string;
                /** @description Opaque identifier (UUID) */
                siteId?: string;
                /** @description Opaque identifier (UUID) */
                assigneeId?: string;
                from?: string;
                to?: string;
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            customerId: string;
                            siteId: string | null;
                            title: string;
                            kind: "visit" | "round";
                            /** Format: date-time */
                            startsAt: string;
                            endsAt: string | null;
                            recurrence: ("daily" | "weekly" | "monthly" | "quarterly" | "yearly") | null;
                            notes: string | null;
                            assetIds: string[];
                            assigneeIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            archivedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postScheduleEntries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Opaque identifier (UUID)
                     */
                    customerId: string;
                    siteId?: string | null;
                    title: string;
                    kind?: "visit" | "round";
                    /** Format: date-time */
                    startsAt: string;
                    endsAt?: string | null;
                    recurrence?: ("daily" | "weekly" | "monthly" | "quarterly" | "yearly") | null;
                    notes?: string | null;
                    assetIds?: string[];
                    assigneeIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        siteId: string | null;
                        title: string;
                        kind: "visit" | "round";
                        /** Format: date-time */
                        startsAt: string;
                        endsAt: string | null;
                        recurrence: ("daily" | "weekly" | "monthly" | "quarterly" | "yearly") | null;
                        notes: string | null;
                        assetIds: string[];
                        assigneeIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getScheduleEntriesOccurrences: {
        parameters: {
            query: {
                from: string;
                to: string;
                /** @description Opaque identifier (UUID) */
                customerId?: string;
                /** @description Opaque identifier (UUID) */
                siteId?: string;
                /** @description Opaque identifier (UUID) */
                assigneeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            customerId: string;
                            siteId: string | null;
                            title: string;
                            kind: "visit" | "round";
                            /** Format: date-time */
                            startsAt: string;
                            endsAt: string | null;
                            recurrence: ("daily" | "weekly" | "monthly" | "quarterly" | "yearly") | null;
                            notes: string | null;
                            assetIds: string[];
                            assigneeIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            archivedAt: string | null;
                        }[];
                        truncated: boolean;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist or does not fit, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getScheduleEntriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        siteId: string | null;
                        title: string;
                        kind: "visit" | "round";
                        /** Format: date-time */
                        startsAt: string;
                        endsAt: string | null;
                        recurrence: ("daily" | "weekly" | "monthly" | "quarterly" | "yearly") | null;
                        notes: string | null;
                        assetIds: string[];
                        assigneeIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteScheduleEntriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchScheduleEntriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    siteId?: string | null;
                    title?: string;
                    kind?: "visit" | "round";
                    /** Format: date-time */
                    startsAt?: string;
                    endsAt?: string | null;
                    recurrence?: ("daily" | "weekly" | "monthly" | "quarterly" | "yearly") | null;
                    notes?: string | null;
                    assetIds?: string[];
                    assigneeIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        siteId: string | null;
                        title: string;
                        kind: "visit" | "round";
                        /** Format: date-time */
                        startsAt: string;
                        endsAt: string | null;
                        recurrence: ("daily" | "weekly" | "monthly" | "quarterly" | "yearly") | null;
                        notes: string | null;
                        assetIds: string[];
                        assigneeIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDocuments: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "title" | "-title" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
                kind?: "policy" | "procedure" | "list";
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            title: string;
                            kind: "policy" | "procedure" | "list";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            archivedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    kind: "policy" | "procedure" | "list";
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        title: string;
                        kind: "policy" | "procedure" | "list";
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                        body: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDocumentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        title: string;
                        kind: "policy" | "procedure" | "list";
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                        body: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteDocumentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchDocumentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    kind?: "policy" | "procedure" | "list";
                    body?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        title: string;
                        kind: "policy" | "procedure" | "list";
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                        body: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getFileTypes: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "name" | "-name" | "createdAt" | "-createdAt";
                customerVisible?: boolean;
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            name: string;
                            /** @description The name per language (en, de); a language without one reads `name`. */
                            nameTranslations: {
                                en?: string;
                                de?: string;
                            };
                            /** @description Files of this type are shown in the portal; other types stay internal. */
                            customerVisible: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            archivedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postFileTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description The name per language (en, de); a language without one reads `name`. */
                    nameTranslations?: {
                        en?: string;
                        de?: string;
                    };
                    customerVisible: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        name: string;
                        /** @description The name per language (en, de); a language without one reads `name`. */
                        nameTranslations: {
                            en?: string;
                            de?: string;
                        };
                        /** @description Files of this type are shown in the portal; other types stay internal. */
                        customerVisible: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getFileTypesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        name: string;
                        /** @description The name per language (en, de); a language without one reads `name`. */
                        nameTranslations: {
                            en?: string;
                            de?: string;
                        };
                        /** @description Files of this type are shown in the portal; other types stay internal. */
                        customerVisible: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteFileTypesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchFileTypesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description The name per language (en, de); a language without one reads `name`. */
                    nameTranslations?: {
                        en?: string;
                        de?: string;
                    };
                    customerVisible?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        name: string;
                        /** @description The name per language (en, de); a language without one reads `name`. */
                        nameTranslations: {
                            en?: string;
                            de?: string;
                        };
                        /** @description Files of this type are shown in the portal; other types stay internal. */
                        customerVisible: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getFiles: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "createdAt" | "-createdAt" | "filename" | "-filename";
                resourceType?: "customer" | "site" | "asset" | "work_order" | "project" | "order" | "ticket" | "document";
                /** @description Opaque identifier (UUID) */
                resourceId?: string;
                /** @description Opaque identifier (UUID) */
                customerId?: string;
                /** @description Opaque identifier (UUID) */
                fileTypeId?: string;
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            resourceType: "customer" | "site" | "asset" | "work_order" | "project" | "order" | "ticket" | "document";
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            resourceId: string;
                            /** @description null for files of internal documents */
                            customerId: string | null;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            fileTypeId: string;
                            fileTypeName: string;
                            /** @description Whether the file type is shown in the portal */
                            customerVisible: boolean;
                            filename: string;
                            contentType: string;
                            sizeBytes: number;
                            /** @description SHA-256 of the content, hex */
                            sha256: string;
                            uploadedByUserId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            archivedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postFiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    resourceType: "customer" | "site" | "asset" | "work_order" | "project" | "order" | "ticket" | "document";
                    /**
                     * Format: uuid
                     * @description Opaque identifier (UUID)
                     */
                    resourceId: string;
                    /**
                     * Format: uuid
                     * @description Opaque identifier (UUID)
                     */
                    fileTypeId: string;
                    /**
                     * Format: binary
                     * @description The file itself: one part, after the fields
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        resourceType: "customer" | "site" | "asset" | "work_order" | "project" | "order" | "ticket" | "document";
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        resourceId: string;
                        /** @description null for files of internal documents */
                        customerId: string | null;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        fileTypeId: string;
                        fileTypeName: string;
                        /** @description Whether the file type is shown in the portal */
                        customerVisible: boolean;
                        filename: string;
                        contentType: string;
                        sizeBytes: number;
                        /** @description SHA-256 of the content, hex */
                        sha256: string;
                        uploadedByUserId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names does not exist, or the caller may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getFilesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        resourceType: "customer" | "site" | "asset" | "work_order" | "project" | "order" | "ticket" | "document";
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        resourceId: string;
                        /** @description null for files of internal documents */
                        customerId: string | null;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        fileTypeId: string;
                        fileTypeName: string;
                        /** @description Whether the file type is shown in the portal */
                        customerVisible: boolean;
                        filename: string;
                        contentType: string;
                        sizeBytes: number;
                        /** @description SHA-256 of the content, hex */
                        sha256: string;
                        uploadedByUserId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteFilesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getFilesByIdContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAuditEvents: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                /** @description Opaque identifier (UUID) */
                actorUserId?: string;
                /** @description Type of the record an event is about */
                resourceType?: "user" | "customer" | "site" | "contact" | "asset" | "work_order" | "work_order_task" | "work_order_note" | "project" | "project_task" | "project_part" | "project_report" | "order" | "order_task" | "ticket" | "ticket_comment" | "ticket_type" | "ticket_status" | "ticket_route" | "schedule_entry" | "document" | "file" | "file_type" | "flag" | "staff_group" | "api_token" | "webhook" | "settings";
                resourceId?: string;
                /** @description Opaque identifier (UUID) */
                customerId?: string;
                /** @description What happened, e.g. customer.update, auth.login_failed */
                action?: "auth.login" | "auth.login_failed" | "auth.logout" | "auth.password_changed" | "auth.password_reset_requested" | "auth.password_reset" | "auth.mfa_enrolled" | "auth.mfa_disabled" | "auth.mfa_failed" | "auth.mfa_recovery_code_used" | "auth.mfa_recovery_codes_regenerated" | "access.updated" | "access.grant_added" | "access.grant_removed" | "access.preview_started" | "access.preview_ended" | "user.create" | "user.update" | "user.bootstrap_admin" | "user.invited" | "user.created_with_initial_password" | "user.invitation_resent" | "user.invitation_revoked" | "user.activated" | "user.password_reset_sent_by_staff" | "user.mfa_reset" | "settings.update" | "api_token.create" | "api_token.revoke" | "webhook.create" | "webhook.update" | "webhook.archive" | "customer.create" | "customer.update" | "customer.archive" | "site.create" | "site.update" | "site.archive" | "contact.create" | "contact.update" | "contact.archive" | "contact.sites_changed" | "asset.create" | "asset.update" | "asset.archive" | "work_order.create" | "work_order.update" | "work_order.archive" | "work_order.flag_added" | "work_order.flag_removed" | "work_order.approval_requested" | "work_order.approved" | "work_order.declined" | "work_order_task.create" | "work_order_task.update" | "work_order_task.delete" | "work_order_note.create" | "project.create" | "project.update" | "project.archive" | "project.flag_added" | "project.flag_removed" | "project_task.create" | "project_task.update" | "project_task.delete" | "project_part.create" | "project_part.update" | "project_part.delete" | "project_report.create" | "order.create" | "order.update" | "order.archive" | "order.flag_added" | "order.flag_removed" | "order.approval_requested" | "order.approved" | "order.declined" | "order_task.create" | "order_task.update" | "order_task.delete" | "ticket.create" | "ticket.update" | "ticket.archive" | "ticket_comment.create" | "ticket_type.create" | "ticket_type.update" | "ticket_type.archive" | "ticket_status.create" | "ticket_status.update" | "ticket_status.archive" | "ticket_route.create" | "ticket_route.update" | "ticket_route.delete" | "schedule_entry.create" | "schedule_entry.update" | "schedule_entry.archive" | "document.create" | "document.update" | "document.archive" | "file.create" | "file.archive" | "file_type.create" | "file_type.update" | "file_type.archive" | "flag.create" | "flag.update" | "flag.archive" | "staff_group.create" | "staff_group.update" | "staff_group.archive";
                /** @description occurredAt at or after this instant */
                from?: string;
                /** @description occurredAt before this instant */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            /** Format: date-time */
                            occurredAt: string;
                            actorUserId: string | null;
                            actorName: string | null;
                            /** @description e.g. customer.update, auth.login_failed (one of the filter values of `action`) */
                            action: string;
                            resourceType: string | null;
                            resourceId: string | null;
                            /** @description The record the event is about, named */
                            record: {
                                /**
                                 * @description Type of the record an event is about
                                 * @enum {unknown}
                                 */
                                type: "user" | "customer" | "site" | "contact" | "asset" | "work_order" | "work_order_task" | "work_order_note" | "project" | "project_task" | "project_part" | "project_report" | "order" | "order_task" | "ticket" | "ticket_comment" | "ticket_type" | "ticket_status" | "ticket_route" | "schedule_entry" | "document" | "file" | "file_type" | "flag" | "staff_group" | "api_token" | "webhook" | "settings";
                                id: string;
                                name: string | null;
                                /** @description For a part of another record (a task, a note, a comment): that record, whose page shows the part */
                                parent: {
                                    /**
                                     * @description Type of the record an event is about
                                     * @enum {unknown}
                                     */
                                    type: "user" | "customer" | "site" | "contact" | "asset" | "work_order" | "work_order_task" | "work_order_note" | "project" | "project_task" | "project_part" | "project_report" | "order" | "order_task" | "ticket" | "ticket_comment" | "ticket_type" | "ticket_status" | "ticket_route" | "schedule_entry" | "document" | "file" | "file_type" | "flag" | "staff_group" | "api_token" | "webhook" | "settings";
                                    id: string;
                                } | null;
                            } | null;
                            /** @description For grant events: the record granted or taken away, named */
                            grantedRecord: {
                                /**
                                 * @description Type of the record an event is about
                                 * @enum {unknown}
                                 */
                                type: "user" | "customer" | "site" | "contact" | "asset" | "work_order" | "work_order_task" | "work_order_note" | "project" | "project_task" | "project_part" | "project_report" | "order" | "order_task" | "ticket" | "ticket_comment" | "ticket_type" | "ticket_status" | "ticket_route" | "schedule_entry" | "document" | "file" | "file_type" | "flag" | "staff_group" | "api_token" | "webhook" | "settings";
                                id: string;
                                name: string | null;
                                /** @description For a part of another record (a task, a note, a comment): that record, whose page shows the part */
                                parent: {
                                    /**
                                     * @description Type of the record an event is about
                                     * @enum {unknown}
                                     */
                                    type: "user" | "customer" | "site" | "contact" | "asset" | "work_order" | "work_order_task" | "work_order_note" | "project" | "project_task" | "project_part" | "project_report" | "order" | "order_task" | "ticket" | "ticket_comment" | "ticket_type" | "ticket_status" | "ticket_route" | "schedule_entry" | "document" | "file" | "file_type" | "flag" | "staff_group" | "api_token" | "webhook" | "settings";
                                    id: string;
                                } | null;
                            } | null;
                            customerId: string | null;
                            customerName: string | null;
                            details: {
                                [key: string]: unknown;
                            } | null;
                            ip: string | null;
                            requestId: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAuditEventsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /** Format: date-time */
                        occurredAt: string;
                        actorUserId: string | null;
                        actorName: string | null;
                        /** @description e.g. customer.update, auth.login_failed (one of the filter values of `action`) */
                        action: string;
                        resourceType: string | null;
                        resourceId: string | null;
                        /** @description The record the event is about, named */
                        record: {
                            /**
                             * @description Type of the record an event is about
                             * @enum {unknown}
                             */
                            type: "user" | "customer" | "site" | "contact" | "asset" | "work_order" | "work_order_task" | "work_order_note" | "project" | "project_task" | "project_part" | "project_report" | "order" | "order_task" | "ticket" | "ticket_comment" | "ticket_type" | "ticket_status" | "ticket_route" | "schedule_entry" | "document" | "file" | "file_type" | "flag" | "staff_group" | "api_token" | "webhook" | "settings";
                            id: string;
                            name: string | null;
                            /** @description For a part of another record (a task, a note, a comment): that record, whose page shows the part */
                            parent: {
                                /**
                                 * @description Type of the record an event is about
                                 * @enum {unknown}
                                 */
                                type: "user" | "customer" | "site" | "contact" | "asset" | "work_order" | "work_order_task" | "work_order_note" | "project" | "project_task" | "project_part" | "project_report" | "order" | "order_task" | "ticket" | "ticket_comment" | "ticket_type" | "ticket_status" | "ticket_route" | "schedule_entry" | "document" | "file" | "file_type" | "flag" | "staff_group" | "api_token" | "webhook" | "settings";
                                id: string;
                            } | null;
                        } | null;
                        /** @description For grant events: the record granted or taken away, named */
                        grantedRecord: {
                            /**
                             * @description Type of the record an event is about
                             * @enum {unknown}
                             */
                            type: "user" | "customer" | "site" | "contact" | "asset" | "work_order" | "work_order_task" | "work_order_note" | "project" | "project_task" | "project_part" | "project_report" | "order" | "order_task" | "ticket" | "ticket_comment" | "ticket_type" | "ticket_status" | "ticket_route" | "schedule_entry" | "document" | "file" | "file_type" | "flag" | "staff_group" | "api_token" | "webhook" | "settings";
                            id: string;
                            name: string | null;
                            /** @description For a part of another record (a task, a note, a comment): that record, whose page shows the part */
                            parent: {
                                /**
                                 * @description Type of the record an event is about
                                 * @enum {unknown}
                                 */
                                type: "user" | "customer" | "site" | "contact" | "asset" | "work_order" | "work_order_task" | "work_order_note" | "project" | "project_task" | "project_part" | "project_report" | "order" | "order_task" | "ticket" | "ticket_comment" | "ticket_type" | "ticket_status" | "ticket_route" | "schedule_entry" | "document" | "file" | "file_type" | "flag" | "staff_group" | "api_token" | "webhook" | "settings";
                                id: string;
                            } | null;
                        } | null;
                        customerId: string | null;
                        customerName: string | null;
                        details: {
                            [key: string]: unknown;
                        } | null;
                        ip: string | null;
                        requestId: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getStaffHome: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: {
                            /** Format: date-time */
                            now: string;
                            /** Format: date */
                            today: string;
                            /** Format: date */
                            dueBefore: string;
                            unfinishedWorkOrderStatuses: string[];
                        };
                        queues: {
                            newUnassignedTickets: {
                                count: number;
                                capped: boolean;
                            };
                            myTickets: {
                                count: number;
                                capped: boolean;
                            };
                            ticketsAtRisk: {
                                count: number;
                                capped: boolean;
                            };
                            overdueWorkOrders: {
                                count: number;
                                capped: boolean;
                            };
                            assetsDueSoon: {
                                count: number;
                                capped: boolean;
                            };
                            pendingInvitations: {
                                count: number;
                                capped: boolean;
                            };
                        };
                        ticketsByWeek: {
                            /** Format: date */
                            weekStart: string;
                            created: number;
                            resolved: number;
                            open: number;
                            capped: boolean;
                        }[];
                        assetsDue: {
                            overdue: {
                                count: number;
                                capped: boolean;
                            };
                            months: {
                                month: string;
                                count: number;
                                capped: boolean;
                            }[];
                        };
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getUsersRoleTemplates: {
        parameters: {
            query?: {
                /** @description Opaque identifier (UUID) */
                customerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            key: "customer" | "view_only" | "technician" | "live_site_agent" | "customer_admin";
                            allowed: boolean;
                            beyond: string[];
                            /** @description What applying the template sets, for this customer */
                            modes: {
                                assets: "all_in_scope" | "granted_only";
                                workOrders: "all_under_visible_assets" | "assigned_only";
                                projects: "all_in_scope" | "granted_only";
                                tickets: "own" | "all_in_scope";
                                orders: "all_in_scope" | "own";
                                schedule: "assigned_only";
                            };
                            capabilities: {
                                manageDevices: boolean;
                                createTickets: boolean;
                                ticketTypeIds: string[];
                                statusIds: string[];
                                recipientUserIds: string[];
                                recipientGroupIds: string[];
                                uploadFiles: boolean;
                                customerAdmin: boolean;
                                approve: boolean;
                                approvalLimit: number | null;
                            };
                        }[];
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist or does not fit, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAccessChanges: {
        parameters: {
            query?: {
                /** @description Opaque identifier (UUID) */
                userId?: string;
                /** @description Opaque identifier (UUID) */
                customerId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            /** Format: date-time */
                            occurredAt: string;
                            action: "user.invited" | "user.created_with_initial_password" | "user.invitation_resent" | "user.invitation_revoked" | "user.activated" | "user.update" | "access.updated" | "access.grant_added" | "access.grant_removed" | "access.preview_started";
                            user: {
                                /**
                                 * Format: uuid
                                 * @description Opaque identifier (UUID)
                                 */
                                id: string;
                                displayName: string;
                            };
                            actor: {
                                kind: "staff" | "external";
                                displayName: string;
                            } | null;
                            record: {
                                type: "asset" | "project" | "work_order" | "order" | "ticket" | "schedule_entry";
                                /**
                                 * Format: uuid
                                 * @description Opaque identifier (UUID)
                                 */
                                id: string;
                                name: string | null;
                            } | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getUsersByIdAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        userId: string;
                        customerId: string | null;
                        roleTemplate: string | null;
                        templateAdjusted: boolean;
                        /** @description While on and the user's contact is related to sites, those sites (at read level, write where the user's own configuration allows) are the user's site scope instead of sitesRestricted/sites */
                        sitesFromContact: boolean;
                        sitesRestricted: boolean;
                        sites: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            siteId: string;
                            level: "read" | "write";
                        }[];
                        modes: {
                            assets: "all_in_scope" | "granted_only";
                            workOrders: "all_under_visible_assets" | "assigned_only";
                            projects: "all_in_scope" | "granted_only";
                            tickets: "own" | "all_in_scope";
                            orders: "all_in_scope" | "own";
                            schedule: "assigned_only";
                        };
                        capabilities: {
                            manageDevices: boolean;
                            createTickets: boolean;
                            ticketTypeIds: string[];
                            statusIds: string[];
                            recipientUserIds: string[];
                            recipientGroupIds: string[];
                            uploadFiles: boolean;
                            customerAdmin: boolean;
                            approve: boolean;
                            approvalLimit: number | null;
                        };
                        contact: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            name: string;
                            sites: {
                                /**
                                 * Format: uuid
                                 * @description Opaque identifier (UUID)
                                 */
                                id: string;
                                name: string;
                            }[];
                            /** @description An archived contact still gives the user its sites, so archiving never widens what they see */
                            archived: boolean;
                        } | null;
                        siteSource: "own" | "contact";
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    putUsersByIdAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roleTemplate?: "customer" | "view_only" | "technician" | "live_site_agent" | "customer_admin";
                    contactId?: string | null;
                    /** @description Take the contact's sites (true) or the user's own (false, the per-user override); unchanged when omitted, so sites sent alone are stored but apply only once this is off */
                    sitesFromContact?: boolean;
                    sitesRestricted?: boolean;
                    sites?: {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        siteId: string;
                        level: "read" | "write";
                    }[];
                    modes?: {
                        assets?: "all_in_scope" | "granted_only";
                        workOrders?: "all_under_visible_assets" | "assigned_only";
                        projects?: "all_in_scope" | "granted_only";
                        tickets?: "own" | "all_in_scope";
                        orders?: "all_in_scope" | "own";
                        schedule?: "assigned_only";
                    };
                    capabilities?: {
                        manageDevices?: boolean;
                        createTickets?: boolean;
                        ticketTypeIds?: string[];
                        statusIds?: string[];
                        recipientUserIds?: string[];
                        recipientGroupIds?: string[];
                        uploadFiles?: boolean;
                        customerAdmin?: boolean;
                        approve?: boolean;
                        approvalLimit?: number | null;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        userId: string;
                        customerId: string | null;
                        roleTemplate: string | null;
                        templateAdjusted: boolean;
                        /** @description While on and the user's contact is related to sites, those sites (at read level, write where the user's own configuration allows) are the user's site scope instead of sitesRestricted/sites */
                        sitesFromContact: boolean;
                        sitesRestricted: boolean;
                        sites: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            siteId: string;
                            level: "read" | "write";
                        }[];
                        modes: {
                            assets: "all_in_scope" | "granted_only";
                            workOrders: "all_under_visible_assets" | "assigned_only";
                            projects: "all_in_scope" | "granted_only";
                            tickets: "own" | "all_in_scope";
                            orders: "all_in_scope" | "own";
                            schedule: "assigned_only";
                        };
                        capabilities: {
                            manageDevices: boolean;
                            createTickets: boolean;
                            ticketTypeIds: string[];
                            statusIds: string[];
                            recipientUserIds: string[];
                            recipientGroupIds: string[];
                            uploadFiles: boolean;
                            customerAdmin: boolean;
                            approve: boolean;
                            approvalLimit: number | null;
                        };
                        contact: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            name: string;
                            sites: {
                                /**
                                 * Format: uuid
                                 * @description Opaque identifier (UUID)
                                 */
                                id: string;
                                name: string;
                            }[];
                            /** @description An archived contact still gives the user its sites, so archiving never widens what they see */
                            archived: boolean;
                        } | null;
                        siteSource: "own" | "contact";
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postUsersByIdAccessPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roleTemplate?: "customer" | "view_only" | "technician" | "live_site_agent" | "customer_admin";
                    contactId?: string | null;
                    /** @description Take the contact's sites (true) or the user's own (false, the per-user override); unchanged when omitted, so sites sent alone are stored but apply only once this is off */
                    sitesFromContact?: boolean;
                    sitesRestricted?: boolean;
                    sites?: {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        siteId: string;
                        level: "read" | "write";
                    }[];
                    modes?: {
                        assets?: "all_in_scope" | "granted_only";
                        workOrders?: "all_under_visible_assets" | "assigned_only";
                        projects?: "all_in_scope" | "granted_only";
                        tickets?: "own" | "all_in_scope";
                        orders?: "all_in_scope" | "own";
                        schedule?: "assigned_only";
                    };
                    capabilities?: {
                        manageDevices?: boolean;
                        createTickets?: boolean;
                        ticketTypeIds?: string[];
                        statusIds?: string[];
                        recipientUserIds?: string[];
                        recipientGroupIds?: string[];
                        uploadFiles?: boolean;
                        customerAdmin?: boolean;
                        approve?: boolean;
                        approvalLimit?: number | null;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kinds: {
                            kind: "sites" | "assets" | "workOrders" | "projects" | "orders" | "tickets" | "scheduleEntries" | "files" | "colleagues";
                            type: "site" | "asset" | "work_order" | "project" | "order" | "ticket" | "schedule_entry" | "file" | "user";
                            added: {
                                count: number;
                                /** @description More records than count change: counting stops at 1000 */
                                more: boolean;
                                examples: {
                                    /**
                                     * Format: uuid
                                     * @description Opaque identifier (UUID)
                                     */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            removed: {
                                count: number;
                                /** @description More records than count change: counting stops at 1000 */
                                more: boolean;
                                examples: {
                                    /**
                                     * Format: uuid
                                     * @description Opaque identifier (UUID)
                                     */
                                    id: string;
                                    name: string;
                                }[];
                            };
                        }[];
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names does not exist, or the caller may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist or does not fit, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getUsersByIdGrants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            resourceType: "asset" | "project" | "work_order" | "order" | "ticket" | "schedule_entry";
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            resourceId: string;
                            kind: "visible" | "assigned";
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postUsersByIdGrants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    resourceType: "asset" | "project" | "work_order" | "order" | "ticket" | "schedule_entry";
                    /**
                     * Format: uuid
                     * @description Opaque identifier (UUID)
                     */
                    resourceId: string;
                    kind: "visible" | "assigned";
                    notify?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resourceType: "asset" | "project" | "work_order" | "order" | "ticket" | "schedule_entry";
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        resourceId: string;
                        kind: "visible" | "assigned";
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postUsersByIdGrantsBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    grants: {
                        resourceType: "asset" | "project" | "work_order" | "order" | "ticket" | "schedule_entry";
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        resourceId: string;
                        kind: "visible" | "assigned";
                    }[];
                    notify?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            resourceType: "asset" | "project" | "work_order" | "order" | "ticket" | "schedule_entry";
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            resourceId: string;
                            kind: "visible" | "assigned";
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteUsersByIdGrantsByResourceTypeByResourceId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
                resourceType: "asset" | "project" | "work_order" | "order" | "ticket" | "schedule_entry";
                /** @description Opaque identifier (UUID) */
                resourceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getUsersByIdExplain: {
        parameters: {
            query: {
                resourceType: "customer" | "site" | "asset" | "work_order" | "project" | "order" | "ticket" | "schedule_entry" | "file";
                /** @description Opaque identifier (UUID) */
                resourceId: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        visible: boolean;
                        /** @description Why the record is visible, in English; empty when it is not */
                        reasons: string[];
                        denied: string | null;
                        /** @description The same reasons as codes, for a client to word them in its own language: each reason is a chain of steps, each holding because of the next */
                        steps: {
                            reasons: {
                                code: "own_customer" | "consolidated_customer" | "all_sites" | "site_granted" | "in_scope_all_sites" | "in_scope_site" | "granted" | "ancestor_granted" | "device_of_granted_project" | "in_granted_project" | "via_asset" | "no_asset_all_sites" | "no_asset_site" | "submitted_by_user" | "placed_by_user" | "assigned_to_user" | "via_owner" | "site_from_contact" | "customer_out_of_scope" | "area_off" | "archived" | "no_grant" | "site_out_of_scope" | "work_orders_assigned_only" | "no_path" | "project_not_granted" | "tickets_own_only" | "orders_own_only" | "schedule_assigned_only" | "site_not_granted" | "file_type_internal" | "owner_hidden";
                                area?: "assets" | "work_orders" | "projects" | "devices" | "orders" | "tickets" | "schedule" | "files";
                                record?: {
                                    type: "customer" | "site" | "asset" | "work_order" | "project" | "order" | "ticket" | "schedule_entry" | "file" | "contact";
                                    /**
                                     * Format: uuid
                                     * @description Opaque identifier (UUID)
                                     */
                                    id: string;
                                    name: string;
                                };
                            }[][];
                            denied: {
                                code: "own_customer" | "consolidated_customer" | "all_sites" | "site_granted" | "in_scope_all_sites" | "in_scope_site" | "granted" | "ancestor_granted" | "device_of_granted_project" | "in_granted_project" | "via_asset" | "no_asset_all_sites" | "no_asset_site" | "submitted_by_user" | "placed_by_user" | "assigned_to_user" | "via_owner" | "site_from_contact" | "customer_out_of_scope" | "area_off" | "archived" | "no_grant" | "site_out_of_scope" | "work_orders_assigned_only" | "no_path" | "project_not_granted" | "tickets_own_only" | "orders_own_only" | "schedule_assigned_only" | "site_not_granted" | "file_type_internal" | "owner_hidden";
                                area?: "assets" | "work_orders" | "projects" | "devices" | "orders" | "tickets" | "schedule" | "files";
                                record?: {
                                    type: "customer" | "site" | "asset" | "work_order" | "project" | "order" | "ticket" | "schedule_entry" | "file" | "contact";
                                    /**
                                     * Format: uuid
                                     * @description Opaque identifier (UUID)
                                     */
                                    id: string;
                                    name: string;
                                };
                            } | null;
                        };
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getRecordViewers: {
        parameters: {
            query: {
                resourceType: "customer" | "site" | "asset" | "work_order" | "project" | "order" | "ticket" | "schedule_entry" | "file";
                /** @description Opaque identifier (UUID) */
                resourceId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            user: {
                                /**
                                 * Format: uuid
                                 * @description Opaque identifier (UUID)
                                 */
                                id: string;
                                displayName: string;
                                login: string;
                                status: "active" | "pending";
                            };
                            /** @description The record itself is granted to the user: removing that grant may end their access */
                            granted: boolean;
                            explanation: {
                                visible: boolean;
                                /** @description Why the record is visible, in English; empty when it is not */
                                reasons: string[];
                                denied: string | null;
                                /** @description The same reasons as codes, for a client to word them in its own language: each reason is a chain of steps, each holding because of the next */
                                steps: {
                                    reasons: {
                                        code: "own_customer" | "consolidated_customer" | "all_sites" | "site_granted" | "in_scope_all_sites" | "in_scope_site" | "granted" | "ancestor_granted" | "device_of_granted_project" | "in_granted_project" | "via_asset" | "no_asset_all_sites" | "no_asset_site" | "submitted_by_user" | "placed_by_user" | "assigned_to_user" | "via_owner" | "site_from_contact" | "customer_out_of_scope" | "area_off" | "archived" | "no_grant" | "site_out_of_scope" | "work_orders_assigned_only" | "no_path" | "project_not_granted" | "tickets_own_only" | "orders_own_only" | "schedule_assigned_only" | "site_not_granted" | "file_type_internal" | "owner_hidden";
                                        area?: "assets" | "work_orders" | "projects" | "devices" | "orders" | "tickets" | "schedule" | "files";
                                        record?: {
                                            type: "customer" | "site" | "asset" | "work_order" | "project" | "order" | "ticket" | "schedule_entry" | "file" | "contact";
                                            /**
                                             * Format: uuid
                                             * @description Opaque identifier (UUID)
                                             */
                                            id: string;
                                            name: string;
                                        };
                                    }[][];
                                    denied: {
                                        code: "own_customer" | "consolidated_customer" | "all_sites" | "site_granted" | "in_scope_all_sites" | "in_scope_site" | "granted" | "ancestor_granted" | "device_of_granted_project" | "in_granted_project" | "via_asset" | "no_asset_all_sites" | "no_asset_site" | "submitted_by_user" | "placed_by_user" | "assigned_to_user" | "via_owner" | "site_from_contact" | "customer_out_of_scope" | "area_off" | "archived" | "no_grant" | "site_out_of_scope" | "work_orders_assigned_only" | "no_path" | "project_not_granted" | "tickets_own_only" | "orders_own_only" | "schedule_assigned_only" | "site_not_granted" | "file_type_internal" | "owner_hidden";
                                        area?: "assets" | "work_orders" | "projects" | "devices" | "orders" | "tickets" | "schedule" | "files";
                                        record?: {
                                            type: "customer" | "site" | "asset" | "work_order" | "project" | "order" | "ticket" | "schedule_entry" | "file" | "contact";
                                            /**
                                             * Format: uuid
                                             * @description Opaque identifier (UUID)
                                             */
                                            id: string;
                                            name: string;
                                        };
                                    } | null;
                                };
                            };
                        }[];
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A record the request names does not exist, or the caller may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postUsersByIdPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        userId: string;
                        /** Format: date-time */
                        expiresAt: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deletePreview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMailOutbox: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "createdAt" | "-createdAt";
                status?: "pending" | "sending" | "sent" | "failed";
                /** @description What the mail is: an invitation, a password reset, a grant notification, a ticket notification or digest */
                kind?: "invitation" | "password_reset" | "grant_notification" | "ticket_created" | "ticket_assigned" | "ticket_comment" | "ticket_status" | "notification_digest" | "approval_requested" | "approval_decided";
                /** @description Opaque identifier (UUID) */
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            kind: string;
                            to: string;
                            subject: string;
                            status: "pending" | "sending" | "sent" | "failed";
                            attempts: number;
                            /** Format: date-time */
                            nextAttemptAt: string;
                            lastError: string | null;
                            userId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            sentAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMailOutboxById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        kind: string;
                        to: string;
                        subject: string;
                        status: "pending" | "sending" | "sent" | "failed";
                        attempts: number;
                        /** Format: date-time */
                        nextAttemptAt: string;
                        lastError: string | null;
                        userId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        sentAt: string | null;
                        text: string;
                        html: string | null;
                        replyTo: string | null;
                        /** @description Every http(s) link of the text and HTML body, each once, in order of appearance */
                        links: string[];
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWebhooks: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                sort?: "createdAt" | "-createdAt";
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            url: string;
                            events: ("ticket.created" | "ticket.updated" | "work_order.status_changed" | "order.status_changed" | "approval.decided")[];
                            customerId: string | null;
                            /** @description Records are sent as the customer’s portal users read them: no internal fields. */
                            customerFacing: boolean;
                            description: string | null;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            createdByUserId: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            archivedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description https; a public address (see WEBHOOK_ALLOW_PRIVATE_TARGETS) */
                    url: string;
                    events: ("ticket.created" | "ticket.updated" | "work_order.status_changed" | "order.status_changed" | "approval.decided")[];
                    customerId?: string | null;
                    customerFacing?: boolean;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        url: string;
                        events: ("ticket.created" | "ticket.updated" | "work_order.status_changed" | "order.status_changed" | "approval.decided")[];
                        customerId: string | null;
                        /** @description Records are sent as the customer’s portal users read them: no internal fields. */
                        customerFacing: boolean;
                        description: string | null;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        createdByUserId: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                        /** @description The HMAC-SHA256 signing key of the deliveries; shown only in this answer. */
                        secret: string;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        url: string;
                        events: ("ticket.created" | "ticket.updated" | "work_order.status_changed" | "order.status_changed" | "approval.decided")[];
                        customerId: string | null;
                        /** @description Records are sent as the customer’s portal users read them: no internal fields. */
                        customerFacing: boolean;
                        description: string | null;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        createdByUserId: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteWebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchWebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description https; a public address (see WEBHOOK_ALLOW_PRIVATE_TARGETS) */
                    url?: string;
                    events?: ("ticket.created" | "ticket.updated" | "work_order.status_changed" | "order.status_changed" | "approval.decided")[];
                    customerFacing?: boolean;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        url: string;
                        events: ("ticket.created" | "ticket.updated" | "work_order.status_changed" | "order.status_changed" | "approval.decided")[];
                        customerId: string | null;
                        /** @description Records are sent as the customer’s portal users read them: no internal fields. */
                        customerFacing: boolean;
                        description: string | null;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        createdByUserId: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWebhooksByIdDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            webhookId: string;
                            /**
                             * @description ticket.created, ticket.updated, work_order.status_changed, order.status_changed, approval.decided
                             * @enum {unknown}
                             */
                            event: "ticket.created" | "ticket.updated" | "work_order.status_changed" | "order.status_changed" | "approval.decided";
                            payload: string;
                            status: "pending" | "sending" | "delivered" | "failed";
                            attempts: number;
                            nextAttemptAt: string | null;
                            responseStatus: number | null;
                            lastError: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            deliveredAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postWebhooksByIdDeliveriesByDeliveryIdRetry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
                /** @description Opaque identifier (UUID) */
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        webhookId: string;
                        /**
                         * @description ticket.created, ticket.updated, work_order.status_changed, order.status_changed, approval.decided
                         * @enum {unknown}
                         */
                        event: "ticket.created" | "ticket.updated" | "work_order.status_changed" | "order.status_changed" | "approval.decided";
                        payload: string;
                        status: "pending" | "sending" | "delivered" | "failed";
                        attempts: number;
                        nextAttemptAt: string | null;
                        responseStatus: number | null;
                        lastError: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        deliveredAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getOrdersByIdApprovals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            /** @enum {unknown} */
                            recordType: "order" | "work_order";
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            recordId: string;
                            /** @enum {unknown} */
                            state: "requested" | "approved" | "declined";
                            amount: number;
                            message: string | null;
                            requestedByName: string | null;
                            /** Format: date-time */
                            requestedAt: string;
                            decidedByName: string | null;
                            decidedAt: string | null;
                            poReference: string | null;
                            signature: string | null;
                            declineReason: string | null;
                            onBehalfOf: {
                                customerPerson: string;
                                note?: string | null;
                                fileId?: string | null;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postOrdersByIdApprovalRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: number;
                    message?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /** @enum {unknown} */
                        recordType: "order" | "work_order";
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        recordId: string;
                        /** @enum {unknown} */
                        state: "requested" | "approved" | "declined";
                        amount: number;
                        message: string | null;
                        requestedByName: string | null;
                        /** Format: date-time */
                        requestedAt: string;
                        decidedByName: string | null;
                        decidedAt: string | null;
                        poReference: string | null;
                        signature: string | null;
                        declineReason: string | null;
                        onBehalfOf: {
                            customerPerson: string;
                            note?: string | null;
                            fileId?: string | null;
                        } | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postOrdersByIdApprovalDecisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    decision: "approved" | "declined";
                    poReference?: string | null;
                    signature?: string | null;
                    reason?: string | null;
                    onBehalfOf?: {
                        customerPerson: string;
                        note?: string | null;
                        fileId?: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /** @enum {unknown} */
                        recordType: "order" | "work_order";
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        recordId: string;
                        /** @enum {unknown} */
                        state: "requested" | "approved" | "declined";
                        amount: number;
                        message: string | null;
                        requestedByName: string | null;
                        /** Format: date-time */
                        requestedAt: string;
                        decidedByName: string | null;
                        decidedAt: string | null;
                        poReference: string | null;
                        signature: string | null;
                        declineReason: string | null;
                        onBehalfOf: {
                            customerPerson: string;
                            note?: string | null;
                            fileId?: string | null;
                        } | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist or does not fit, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWorkOrdersByIdApprovals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            /** @enum {unknown} */
                            recordType: "order" | "work_order";
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            recordId: string;
                            /** @enum {unknown} */
                            state: "requested" | "approved" | "declined";
                            amount: number;
                            message: string | null;
                            requestedByName: string | null;
                            /** Format: date-time */
                            requestedAt: string;
                            decidedByName: string | null;
                            decidedAt: string | null;
                            poReference: string | null;
                            signature: string | null;
                            declineReason: string | null;
                            onBehalfOf: {
                                customerPerson: string;
                                note?: string | null;
                                fileId?: string | null;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postWorkOrdersByIdApprovalRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: number;
                    message?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /** @enum {unknown} */
                        recordType: "order" | "work_order";
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        recordId: string;
                        /** @enum {unknown} */
                        state: "requested" | "approved" | "declined";
                        amount: number;
                        message: string | null;
                        requestedByName: string | null;
                        /** Format: date-time */
                        requestedAt: string;
                        decidedByName: string | null;
                        decidedAt: string | null;
                        poReference: string | null;
                        signature: string | null;
                        declineReason: string | null;
                        onBehalfOf: {
                            customerPerson: string;
                            note?: string | null;
                            fileId?: string | null;
                        } | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postWorkOrdersByIdApprovalDecisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    decision: "approved" | "declined";
                    poReference?: string | null;
                    signature?: string | null;
                    reason?: string | null;
                    onBehalfOf?: {
                        customerPerson: string;
                        note?: string | null;
                        fileId?: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        id: string;
                        /** @enum {unknown} */
                        recordType: "order" | "work_order";
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        recordId: string;
                        /** @enum {unknown} */
                        state: "requested" | "approved" | "declined";
                        amount: number;
                        message: string | null;
                        requestedByName: string | null;
                        /** Format: date-time */
                        requestedAt: string;
                        decidedByName: string | null;
                        decidedAt: string | null;
                        poReference: string | null;
                        signature: string | null;
                        declineReason: string | null;
                        onBehalfOf: {
                            customerPerson: string;
                            note?: string | null;
                            fileId?: string | null;
                        } | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist or does not fit, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postUsersInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    displayName: string;
                    /**
                     * Format: uuid
                     * @description Opaque identifier (UUID)
                     */
                    customerId: string;
                    contactId?: string | null;
                    login?: string;
                    roleTemplate: "customer" | "view_only" | "technician" | "live_site_agent" | "customer_admin";
                    sites?: {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        siteId: string;
                        level: "read" | "write";
                    }[];
                    /** @description Take the contact's sites as the user's site scope; default: on when a contact is given and no sites are */
                    sitesFromContact?: boolean;
                    initialPassword?: string;
                    /** @description Language of the invitation e-mail and of the user's portal; without it English, until the user chooses */
                    locale?: "en" | "de";
                } | {
                    invitations: {
                        /** Format: email */
                        email: string;
                        displayName: string;
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        customerId: string;
                        contactId?: string | null;
                        login?: string;
                        roleTemplate: "customer" | "view_only" | "technician" | "live_site_agent" | "customer_admin";
                        sites?: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            siteId: string;
                            level: "read" | "write";
                        }[];
                        /** @description Take the contact's sites as the user's site scope; default: on when a contact is given and no sites are */
                        sitesFromContact?: boolean;
                        initialPassword?: string;
                        /** @description Language of the invitation e-mail and of the user's portal; without it English, until the user chooses */
                        locale?: "en" | "de";
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            login: string;
                            email: string | null;
                            displayName: string;
                            customerId: string | null;
                            roleTemplate: string | null;
                            status: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getUsersByIdInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        userId: string;
                        state: "pending" | "expired" | "revoked" | "active" | "disabled";
                        sentAt: string | null;
                        expiresAt: string | null;
                        acceptedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteUsersByIdInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postUsersByIdInvitationResend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Opaque identifier (UUID)
                         */
                        userId: string;
                        state: "pending" | "expired" | "revoked" | "active" | "disabled";
                        sentAt: string | null;
                        expiresAt: string | null;
                        acceptedAt: string | null;
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postUsersByIdPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such record, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postAuthActivate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string;
                    login?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /**
                             * Format: uuid
                             * @description Opaque identifier (UUID)
                             */
                            id: string;
                            kind: "staff" | "external";
                            login: string;
                            email: string | null;
                            displayName: string;
                            /** @description A staff user’s role; empty for portal users */
                            roles: ("admin" | "coordinator" | "technician")[];
                            locale: string | null;
                            mustChangePassword: boolean;
                            lastLoginAt: string | null;
                            customerId: string | null;
                            mfaEnrolmentRequired?: boolean;
                            previewBy?: string | null;
                            portal?: {
                                customerIds: string[];
                                /** @description The portal areas the user has at least one customer for */
                                areas: ("assets" | "work_orders" | "projects" | "devices" | "orders" | "tickets" | "schedule" | "files")[];
                                sitesRestricted: boolean;
                                writableSiteIds: string[];
                                modes: {
                                    assets: "all_in_scope" | "granted_only";
                                    workOrders: "all_under_visible_assets" | "assigned_only";
                                    projects: "all_in_scope" | "granted_only";
                                    tickets: "own" | "all_in_scope";
                                    orders: "all_in_scope" | "own";
                                    schedule: "assigned_only";
                                };
                                capabilities: {
                                    manageDevices: boolean;
                                    createTickets: boolean;
                                    ticketTypeIds: string[];
                                    statusIds: string[];
                                    recipientUserIds: string[];
                                    recipientGroupIds: string[];
                                    uploadFiles: boolean;
                                    customerAdmin: boolean;
                                    approve: boolean;
                                    approvalLimit: number | null;
                                };
                            };
                        };
                    };
                };
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request conflicts with the current state of the record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postAuthPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many attempts; retry after the Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postAuthPasswordResetConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not signed in, or the API token is invalid, expired or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state: the key is taken, or another request changed the record at the same time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is of a content type the operation does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database is unavailable or the server is shutting down; retry after the Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
