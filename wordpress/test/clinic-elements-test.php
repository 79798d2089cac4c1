<?php
/**
 * Plugin Name: Clinic Elements test helper
 * Description: Loaded as a must-use plugin by scripts/test-wordpress.mjs in its throwaway Playground site only.
 *
 * GET  /?clinic_test=activate          activates the plugin as an administrator would.
 * POST /?clinic_test=post              {role, title, content}: saves a post as a new user of that role (KSES applies
 *                                      as on a real request) and answers {id, url, content, unfiltered_html}.
 * GET  /?clinic_test=block-types       the plugin's registered block types.
 * GET  /?clinic_test=allowed-html      the post context's allow-list for the three tags.
 * GET  /?clinic_test=editor-script     the editor script's URL, dependencies and the data printed before it.
 */

add_action(
	'wp_loaded',
	static function () {
		if ( ! isset( $_GET['clinic_test'] ) ) {
			return;
		}
		$command = sanitize_key( $_GET['clinic_test'] );
		if ( 'activate' === $command ) {
			require_once ABSPATH . 'wp-admin/includes/plugin.php';
			$result = activate_plugin( 'clinic-elements/clinic-elements.php' );
			wp_send_json( array( 'error' => is_wp_error( $result ) ? $result->get_error_message() : null ) );
		}
		if ( 'post' === $command ) {
			$request = json_decode( file_get_contents( 'php://input' ), true );
			$user    = wp_insert_user(
				array(
					'user_login' => $request['role'] . '-' . wp_generate_password( 8, false ),
					'user_pass'  => wp_generate_password(),
					'role'       => $request['role'],
				)
			);
			wp_set_current_user( $user ); // Runs kses_init(): the filters follow the user's unfiltered_html.
			$id = wp_insert_post(
				array(
					'post_title'   => $request['title'],
					'post_content' => wp_slash( $request['content'] ),
					'post_status'  => current_user_can( 'publish_posts' ) ? 'publish' : 'pending',
					'post_author'  => $user,
				),
				true
			);
			wp_send_json(
				array(
					'id'              => $id,
					'url'             => get_permalink( $id ),
					'content'         => get_post( $id )->post_content,
					'unfiltered_html' => current_user_can( 'unfiltered_html' ),
				)
			);
		}
		if ( 'block-types' === $command ) {
			$types = array();
			foreach ( WP_Block_Type_Registry::get_instance()->get_all_registered() as $name => $type ) {
				if ( 0 === strpos( $name, 'clinic-elements/' ) ) {
					$types[ $name ] = array(
						'apiVersion'        => $type->api_version,
						'attributes'        => $type->attributes,
						'viewScriptModules' => $type->view_script_module_ids,
						'editorScripts'     => $type->editor_script_handles,
					);
				}
			}
			wp_send_json( $types );
		}
		if ( 'editor-script' === $command ) {
			clinic_elements_editor_data();
			$script = wp_scripts()->registered['clinic-elements-editor'];
			wp_send_json(
				array(
					'src'    => $script->src,
					'deps'   => $script->deps,
					'before' => wp_scripts()->get_data( 'clinic-elements-editor', 'before' ),
				)
			);
		}
		if ( 'allowed-html' === $command ) {
			$allowed = wp_kses_allowed_html( 'post' );
			wp_send_json( array_intersect_key( $allowed, array_flip( array( 'clinic-faq', 'clinic-contact-card', 'clinic-signs-checklist' ) ) ) );
		}
	}
);
