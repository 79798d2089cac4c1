<?php
/**
 * One renderer for the blocks and the shortcodes: the element with escaped attributes around the fallback markup
 * that readers get before and without JavaScript (and search engines always), plus JSON-LD when asked.
 *
 * @package ClinicElements
 */

defined( 'ABSPATH' ) || exit;

/** A block's HTML: its attributes are the element's properties (`streetAddress`), plus the FAQ's `items`. */
function clinic_elements_render_block( $tag, $attributes ) {
	$values = array();
	foreach ( clinic_elements_attributes()[ $tag ] as $attribute ) {
		if ( isset( $attributes[ $attribute['property'] ] ) ) {
			$values[ $attribute['name'] ] = $attributes[ $attribute['property'] ];
		}
	}
	$items = isset( $attributes['items'] ) && is_array( $attributes['items'] ) ? $attributes['items'] : array();
	return clinic_elements_render( $tag, $values, $items, get_block_wrapper_attributes() );
}

/**
 * The element's HTML.
 *
 * @param string $tag      clinic-faq, clinic-contact-card or clinic-signs-checklist.
 * @param array  $values   Attribute name (`street-address`) => value; booleans as true/false or text (`false`, `0`,
 *                         `no` and `off` are false, anything else present is true, as in HTML).
 * @param array  $items    FAQ items: `question` (text) and `answer` (HTML, filtered by wp_kses_post).
 * @param string $wrapper  Extra attributes, already escaped (a block's class).
 * @param string $fallback FAQ fallback markup already filtered (`<details>` written inside the shortcode).
 */
function clinic_elements_render( $tag, array $values, array $items = array(), $wrapper = '', $fallback = '' ) {
	$structured = isset( $values['structured-data'] ) && clinic_elements_true( $values['structured-data'] );
	$json_ld    = null;
	if ( 'clinic-faq' === $tag ) {
		list( $inner, $json_ld ) = clinic_elements_faq_content( $items );
		$inner .= $fallback;
	} elseif ( 'clinic-contact-card' === $tag ) {
		// Without a time zone the card cannot say whether the clinic is open: the site's own (Settings > General), if named.
		if ( '' === clinic_elements_text( $values, 'time-zone' ) && false !== strpos( wp_timezone_string(), '/' ) ) {
			$values['time-zone'] = wp_timezone_string();
		}
		list( $inner, $json_ld ) = clinic_elements_card_content( $values );
	} else {
		$inner = clinic_elements_checklist_content( $values );
	}
	// JSON-LD goes out from the server when there is data for it here; otherwise the element writes it (from `src`).
	if ( $structured && $json_ld ) {
		$inner .= '<script type="application/ld+json">'
			. wp_json_encode( $json_ld, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE )
			. '</script>';
	}
	unset( $values['structured-data'] );
	if ( $structured && ! $json_ld ) {
		$values['structured-data'] = true;
	}

	$html = '';
	foreach ( clinic_elements_attributes()[ $tag ] as $attribute ) {
		$name = $attribute['name'];
		if ( ! isset( $values[ $name ] ) ) {
			continue;
		}
		if ( 'boolean' === $attribute['type'] ) {
			$html .= clinic_elements_true( $values[ $name ] ) ? ' ' . $name : '';
		} elseif ( '' !== clinic_elements_text( $values, $name ) ) {
			$html .= ' ' . $name . '="' . esc_attr( clinic_elements_text( $values, $name ) ) . '"';
		}
	}
	$wrapper = '' === $wrapper ? '' : ' ' . $wrapper;
	return '<' . $tag . $wrapper . $html . '>' . $inner . '</' . $tag . '>';
}

/** A boolean attribute's value: present (`''`, `true`, `1`, `searchable`) is true; `false`, `0`, `no`, `off` false. */
function clinic_elements_true( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return is_scalar( $value ) && ! in_array( strtolower( trim( (string) $value ) ), array( 'false', '0', 'no', 'off' ), true );
}

/**
 * An attribute's value as text, '' when unset: entities decoded (KSES writes `&` as `&amp;` in an Author's block
 * attributes), nothing else changed. Escape it on output.
 */
function clinic_elements_text( array $values, $name ) {
	if ( ! isset( $values[ $name ] ) || ! is_scalar( $values[ $name ] ) || is_bool( $values[ $name ] ) ) {
		return '';
	}
	return trim( html_entity_decode( (string) $values[ $name ], ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
}

/** `<details>` per question (native open and close without JavaScript) and the FAQPage JSON-LD. */
function clinic_elements_faq_content( array $items ) {
	$html     = '';
	$entities = array();
	foreach ( $items as $item ) {
		$item     = is_array( $item ) ? $item : array();
		$question = clinic_elements_text( $item, 'question' );
		if ( '' === $question ) {
			continue;
		}
		$answer     = isset( $item['answer'] ) && is_string( $item['answer'] ) ? wp_kses_post( wpautop( trim( $item['answer'] ) ) ) : '';
		$html      .= '<details><summary>' . esc_html( $question ) . '</summary>' . $answer . '</details>';
		$entities[] = array(
			'@type'          => 'Question',
			'name'           => $question,
			'acceptedAnswer' => array(
				'@type' => 'Answer',
				'text'  => trim( $answer ),
			),
		);
	}
	$json_ld = $entities ? array(
		'@context'   => 'https://schema.org',
		'@type'      => 'FAQPage',
		'mainEntity' => $entities,
	) : null;
	return array( $html, $json_ld );
}

/** The card's fallback (name heading, `<address>`, `tel:` and other links) and its MedicalClinic JSON-LD. */
function clinic_elements_card_content( array $values ) {
	$text  = static function ( $name ) use ( $values ) {
		return clinic_elements_text( $values, $name );
	};
	$level = (int) $text( 'heading-level' );
	$level = $level >= 1 && $level <= 6 ? $level : 3;
	$html  = '' !== $text( 'name' ) ? sprintf( '<h%1$d>%2$s</h%1$d>', $level, esc_html( $text( 'name' ) ) ) : '';

	$town  = trim( implode( ' ', array_filter( array( $text( 'region' ), $text( 'postal-code' ) ) ) ) );
	$town  = implode( ', ', array_filter( array( $text( 'locality' ), $town ) ) );
	$lines = array_filter( array( $text( 'street-address' ), $town, $text( 'country' ) ) );
	if ( $lines ) {
		$html .= '<address>' . implode( '<br>', array_map( 'esc_html', $lines ) ) . '</address>';
	}
	$dial = preg_replace( '/[^0-9+]/', '', $text( 'phone' ) );
	if ( '' !== $dial ) {
		$html .= '<p><a href="' . esc_url( 'tel:' . $dial ) . '">' . esc_html( $text( 'phone' ) ) . '</a></p>';
	}
	if ( is_email( $text( 'email' ) ) ) {
		$html .= '<p><a href="' . esc_url( 'mailto:' . $text( 'email' ) ) . '">' . esc_html( $text( 'email' ) ) . '</a></p>';
	}
	$links = array(
		'url'         => __( 'Website', 'clinic-elements' ),
		'booking-url' => __( 'Book an appointment', 'clinic-elements' ),
		'map-url'     => __( 'Directions', 'clinic-elements' ),
	);
	foreach ( $links as $name => $label ) {
		if ( '' !== esc_url( $text( $name ), array( 'http', 'https' ) ) ) {
			$html .= '<p><a href="' . esc_url( $text( $name ), array( 'http', 'https' ) ) . '">' . esc_html( $label ) . '</a></p>';
		}
	}

	if ( '' === $text( 'name' ) ) {
		return array( $html, null );
	}
	$address = array_filter(
		array(
			'streetAddress'   => $text( 'street-address' ),
			'addressLocality' => $text( 'locality' ),
			'addressRegion'   => $text( 'region' ),
			'postalCode'      => $text( 'postal-code' ),
			'addressCountry'  => $text( 'country' ),
		)
	);
	$json_ld = array_filter(
		array(
			'@context'        => 'https://schema.org',
			'@type'           => 'MedicalClinic',
			'name'            => $text( 'name' ),
			'telephone'       => $text( 'phone' ),
			'email'           => is_email( $text( 'email' ) ) ? $text( 'email' ) : '',
			'url'             => esc_url_raw( $text( 'url' ), array( 'http', 'https' ) ),
			'address'         => $address ? array( '@type' => 'PostalAddress' ) + $address : null,
			'hasMap'          => esc_url_raw( $text( 'map-url' ), array( 'http', 'https' ) ),
			'openingHours'    => array_values( array_filter( array_map( 'trim', explode( ';', $text( 'hours' ) ) ) ) ),
			'potentialAction' => '' !== esc_url_raw( $text( 'booking-url' ), array( 'http', 'https' ) ) ? array(
				'@type'  => 'ReserveAction',
				'target' => esc_url_raw( $text( 'booking-url' ), array( 'http', 'https' ) ),
			) : null,
		)
	);
	return array( $html, $json_ld );
}

/** The checklist needs JavaScript: a short line, the clinic's links and the crisis numbers as links. */
function clinic_elements_checklist_content( array $values ) {
	$html = '<p>' . esc_html__( 'This private self-check of the signs of addiction needs JavaScript, which is off or still loading.', 'clinic-elements' ) . '</p>';
	$talk = array();
	$dial = preg_replace( '/[^0-9+]/', '', clinic_elements_text( $values, 'phone' ) );
	if ( '' !== $dial ) {
		/* translators: %s: the clinic's phone number. */
		$talk[] = '<a href="' . esc_url( 'tel:' . $dial ) . '">' . esc_html( sprintf( __( 'Call %s', 'clinic-elements' ), clinic_elements_text( $values, 'phone' ) ) ) . '</a>';
	}
	$contact = esc_url( clinic_elements_text( $values, 'contact-url' ), array( 'http', 'https' ) );
	if ( '' !== $contact ) {
		$talk[] = '<a href="' . $contact . '">' . esc_html__( 'Contact us', 'clinic-elements' ) . '</a>';
	}
	if ( $talk ) {
		$html .= '<p>' . esc_html__( 'Talk to us:', 'clinic-elements' ) . ' ' . implode( ' · ', $talk ) . '</p>';
	}
	if ( 'none' !== strtolower( clinic_elements_text( $values, 'crisis' ) ) ) {
		$html .= '<p>' . sprintf(
			/* translators: 1: the 988 Lifeline link, 2: SAMHSA's helpline link, 3: the 911 link. */
			esc_html__( 'If you need to talk to someone now: call or text %1$s (Suicide & Crisis Lifeline), SAMHSA\'s National Helpline %2$s (free, confidential, 24/7), or %3$s in an emergency.', 'clinic-elements' ),
			'<a href="tel:988">988</a>',
			'<a href="tel:+18006624357">1-800-662-4357</a>',
			'<a href="tel:911">911</a>'
		) . '</p>';
	}
	return $html;
}

/** The shortcode's attributes as element attributes: `street_address` is `street-address`, a bare word a flag. */
function clinic_elements_shortcode_values( $atts ) {
	$values = array();
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		if ( is_int( $key ) ) {
			$values[ str_replace( '_', '-', strtolower( $value ) ) ] = true;
		} else {
			$values[ str_replace( '_', '-', strtolower( $key ) ) ] = $value;
		}
	}
	return $values;
}

/** [clinic_contact_card …] and [clinic_signs_checklist …]. */
function clinic_elements_shortcode( $atts, $content, $shortcode ) {
	wp_enqueue_script_module( 'clinic-elements' );
	return clinic_elements_render( str_replace( '_', '-', $shortcode ), clinic_elements_shortcode_values( $atts ) );
}

/**
 * [clinic_faq …][clinic_faq_item question="…"]answer[/clinic_faq_item]…[/clinic_faq], or with `<details>` written
 * inside instead of items (kept as written, through wp_kses_post).
 */
function clinic_elements_faq_shortcode( $atts, $content = '' ) {
	global $clinic_elements_faq_items;
	$outer                     = $clinic_elements_faq_items;
	$clinic_elements_faq_items = array();
	$rest                      = do_shortcode( (string) $content );
	$items                     = $clinic_elements_faq_items;
	$clinic_elements_faq_items = $outer;
	wp_enqueue_script_module( 'clinic-elements' );
	$fallback = $items ? '' : wp_kses_post( clinic_elements_unautop( $rest ) );
	return clinic_elements_render( 'clinic-faq', clinic_elements_shortcode_values( $atts ), $items, '', $fallback );
}

/** [clinic_faq_item question="…"]answer[/clinic_faq_item]: one question of the enclosing [clinic_faq]. */
function clinic_elements_faq_item_shortcode( $atts, $content = '' ) {
	global $clinic_elements_faq_items;
	if ( is_array( $clinic_elements_faq_items ) ) {
		$clinic_elements_faq_items[] = array(
			'question' => is_array( $atts ) && isset( $atts['question'] ) ? $atts['question'] : '',
			'answer'   => clinic_elements_unautop( do_shortcode( (string) $content ) ),
		);
	}
	return '';
}

/** Shortcode content without the stray `</p>`, `<br>` and `<p>` that wpautop leaves at its edges. */
function clinic_elements_unautop( $html ) {
	$html = preg_replace( array( '#^\s*(</p>|<br\s*/?>)\s*#i', '#\s*<p>\s*$#i' ), '', (string) $html );
	return force_balance_tags( trim( $html ) );
}
