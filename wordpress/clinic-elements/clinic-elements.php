<?php
/**
 * Plugin Name:       Clinic Elements
 * Plugin URI:        https://www.npmjs.com/package/clinic-elements
 * Description:       Accessible, private blocks and shortcodes for addiction and mental-health clinics: an FAQ, a signs-of-addiction self-check and a contact card. Self-hosted: nothing is loaded from another site.
 * Version:           0.1.0
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * Author:            clinic-elements contributors
 * License:           MIT
 * License URI:       https://opensource.org/license/mit
 * Text Domain:       clinic-elements
 *
 * MIT is compatible with the GPL (GPLv2 or later), WordPress's licence. The bundled build/clinic-elements.js
 * includes Lit (BSD-3-Clause, also GPL-compatible).
 *
 * @package ClinicElements
 */

defined( 'ABSPATH' ) || exit;

define( 'CLINIC_ELEMENTS_VERSION', '0.1.0' );

require_once __DIR__ . '/includes/render.php';

/** The three tags' documented attributes (generated from custom-elements.json by `npm run build:wordpress`). */
function clinic_elements_attributes() {
	static $attributes = null;
	if ( null === $attributes ) {
		$attributes = require __DIR__ . '/build/elements.php';
	}
	return $attributes;
}

/** Block name => tag. */
function clinic_elements_blocks() {
	return array(
		'faq'             => 'clinic-faq',
		'contact-card'    => 'clinic-contact-card',
		'signs-checklist' => 'clinic-signs-checklist',
	);
}

add_action( 'init', 'clinic_elements_register' );

/** One script module for all three elements, the editor script, the blocks and the shortcodes. */
function clinic_elements_register() {
	wp_register_script_module(
		'clinic-elements',
		plugins_url( 'build/clinic-elements.js', __FILE__ ),
		array(),
		CLINIC_ELEMENTS_VERSION
	);

	wp_register_style(
		'clinic-elements',
		plugins_url( 'build/clinic-elements.css', __FILE__ ),
		array(),
		CLINIC_ELEMENTS_VERSION
	);

	wp_register_script(
		'clinic-elements-editor',
		plugins_url( 'editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		CLINIC_ELEMENTS_VERSION,
		true
	);
	foreach ( clinic_elements_blocks() as $block => $tag ) {
		register_block_type(
			__DIR__ . '/blocks/' . $block,
			array(
				'render_callback' => static function ( $attributes ) use ( $tag ) {
					return clinic_elements_render_block( $tag, $attributes );
				},
			)
		);
	}

	add_shortcode( 'clinic_faq', 'clinic_elements_faq_shortcode' );
	add_shortcode( 'clinic_faq_item', 'clinic_elements_faq_item_shortcode' );
	add_shortcode( 'clinic_contact_card', 'clinic_elements_shortcode' );
	add_shortcode( 'clinic_signs_checklist', 'clinic_elements_shortcode' );
}

add_action( 'enqueue_block_editor_assets', 'clinic_elements_editor_data' );

/** What the editor script needs: the module's URL (for the live preview) and the attributes with their descriptions. */
function clinic_elements_editor_data() {
	wp_add_inline_script(
		'clinic-elements-editor',
		'var clinicElementsEditor = ' . wp_json_encode(
			array(
				'module'     => add_query_arg( 'ver', CLINIC_ELEMENTS_VERSION, plugins_url( 'build/clinic-elements.js', __FILE__ ) ),
				'attributes' => clinic_elements_attributes(),
			)
		) . ';',
		'before'
	);
}

add_action( 'wp_enqueue_scripts', 'clinic_elements_style' );

/**
 * The stylesheet that keeps the page still while the module loads (clinic-elements.css: the authored fallback gets
 * the upgraded element's size), in the `<head>` of a post or page that holds an element, a block or a shortcode.
 * Elsewhere (an archive showing whole posts, a widget) clinic_elements_content() adds it, printed later in the page.
 */
function clinic_elements_style() {
	$post = is_singular() ? get_queried_object() : null;
	if ( $post instanceof WP_Post && preg_match( '#<clinic-|\[clinic_|<!-- wp:clinic-elements/#', $post->post_content ) ) {
		wp_enqueue_style( 'clinic-elements' );
	}
}

add_filter( 'the_content', 'clinic_elements_content', 12 );

/**
 * Post content holding an element (pasted HTML, a block, a shortcode) gets the module, so pasted tags need no
 * `<script>` (which Authors cannot add). And wpautop (classic content, Shortcode blocks) puts shortcodes in a `<p>`,
 * with `<br />` between them; a `<p>` cannot hold the fallback (`<details>`, a heading, `<address>`): the browser
 * would end the paragraph, and the element with it, at the first of them. After the shortcodes ran (priority 11),
 * the `<p>`, `<br />` and `</p>` right around the elements are taken out.
 */
function clinic_elements_content( $content ) {
	$tags = 'clinic-(?:faq|contact-card|signs-checklist)';
	if ( ! preg_match( '#<' . $tags . '[\s>]#', $content ) ) {
		return $content;
	}
	wp_enqueue_script_module( 'clinic-elements' );
	wp_enqueue_style( 'clinic-elements' );
	$content = preg_replace( '#<p>\s*(?=<' . $tags . '[\s>])#', '', $content );
	return preg_replace( '#(</' . $tags . '>)\s*(?:<br\s*/?>\s*)?(?:</p>)?#', '$1' . "\n", $content );
}

add_filter( 'block_type_metadata', 'clinic_elements_block_metadata' );

/** Each block's attributes: the element's documented ones (from the manifest) plus those in its block.json. */
function clinic_elements_block_metadata( $metadata ) {
	$name = isset( $metadata['name'] ) ? $metadata['name'] : '';
	foreach ( clinic_elements_blocks() as $block => $tag ) {
		if ( 'clinic-elements/' . $block !== $name ) {
			continue;
		}
		$attributes = array();
		foreach ( clinic_elements_attributes()[ $tag ] as $attribute ) {
			$attributes[ $attribute['property'] ] = array( 'type' => $attribute['type'] );
		}
		$metadata['attributes'] = array_merge( $attributes, isset( $metadata['attributes'] ) ? $metadata['attributes'] : array() );
	}
	return $metadata;
}

add_filter( 'wp_kses_allowed_html', 'clinic_elements_allowed_html', 10, 2 );

/**
 * Lets the three tags and their documented attributes (plus WordPress's global attributes) through the post
 * filter, so markup pasted by an Author or Contributor (no unfiltered_html) keeps working. Scripts stay forbidden.
 */
function clinic_elements_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( clinic_elements_attributes() as $tag => $attributes ) {
		$allowed = array();
		foreach ( $attributes as $attribute ) {
			$allowed[ $attribute['name'] ] = true;
		}
		$tags[ $tag ] = function_exists( '_wp_add_global_attributes' ) ? _wp_add_global_attributes( $allowed ) : $allowed;
	}
	return $tags;
}
