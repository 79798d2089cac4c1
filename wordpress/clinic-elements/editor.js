/**
 * The three blocks in the editor: a settings panel per element attribute (from custom-elements.json, passed in
 * `clinicElementsEditor` by PHP), the FAQ's questions and answers, and a live preview: the real element, upgraded by
 * the same module the site uses, loaded into the editor canvas. No build step: WordPress's `wp.*` globals only.
 * The blocks are dynamic (saved as their attributes, rendered in PHP), so `save` returns null.
 */
(function (wp, data) {
  var el = wp.element.createElement;
  var useEffect = wp.element.useEffect;
  var useRef = wp.element.useRef;
  var blockEditor = wp.blockEditor;
  var components = wp.components;
  var __ = wp.i18n.__;
  var sprintf = wp.i18n.sprintf;

  var BLOCKS = {
    faq: 'clinic-faq',
    'contact-card': 'clinic-contact-card',
    'signs-checklist': 'clinic-signs-checklist',
  };
  var HELP = {
    'structured-data': __('Prints schema.org JSON-LD for search engines into the page.', 'clinic-elements'),
  };

  /** Loads the element module once into the document the block is drawn in (the editor canvas is an iframe). */
  function useElementModule(ref) {
    useEffect(function () {
      var doc = ref.current && ref.current.ownerDocument;
      if (!doc || doc.querySelector('script[data-clinic-elements]')) {
        return;
      }
      var script = doc.createElement('script');
      script.type = 'module';
      script.src = data.module;
      script.setAttribute('data-clinic-elements', '');
      doc.head.appendChild(script);
    }, []);
  }

  /** The element's attributes from the block's: booleans present or absent, empty values left out. */
  function elementAttributes(tag, attributes) {
    var result = {};
    data.attributes[tag].forEach(function (attribute) {
      var value = attributes[attribute.property];
      if (attribute.name === 'structured-data') {
        return; // The server prints it; the editor page needs none.
      }
      if (attribute.type === 'boolean') {
        if (value === true) {
          result[attribute.name] = '';
        }
      } else if (value !== undefined && value !== null && value !== '') {
        result[attribute.name] = String(value);
      }
    });
    return result;
  }

  function settings(tag, attributes, setAttributes) {
    var controls = data.attributes[tag].map(function (attribute) {
      var name = attribute.name;
      var props = {
        key: name,
        label: name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' '),
        help: HELP[name] || attribute.description.replace(/`/g, ''),
        __nextHasNoMarginBottom: true,
      };
      var value = attributes[attribute.property];
      function set(next) {
        var change = {};
        change[attribute.property] = next;
        setAttributes(change);
      }
      if (attribute.type === 'boolean') {
        props.checked = value === true;
        props.onChange = set;
        return el(components.ToggleControl, props);
      }
      props.type = attribute.type === 'number' ? 'number' : 'text';
      props.value = value === undefined || value === null ? '' : String(value);
      props.onChange = function (next) {
        set(attribute.type === 'number' ? (next === '' ? undefined : Number(next)) : next);
      };
      return el(components.TextControl, props);
    });
    return el(
      blockEditor.InspectorControls,
      null,
      el(components.PanelBody, { title: __('Settings', 'clinic-elements') }, controls),
    );
  }

  /** The FAQ's questions (plain text) and answers (bold, italic, links), added, edited and removed in place. */
  function faqItems(items, setAttributes) {
    function update(index, change) {
      setAttributes({
        items: items.map(function (item, i) {
          return i === index ? Object.assign({}, item, change) : item;
        }),
      });
    }
    var rows = items.map(function (item, index) {
      return el(
        'div',
        { key: index, className: 'clinic-elements-faq-item', style: { marginBlockEnd: '1em' } },
        el(components.TextControl, {
          label: sprintf(__('Question %d', 'clinic-elements'), index + 1),
          value: item.question || '',
          onChange: function (question) {
            update(index, { question: question });
          },
          __nextHasNoMarginBottom: true,
        }),
        el(blockEditor.RichText, {
          tagName: 'div',
          'aria-label': sprintf(__('Answer %d', 'clinic-elements'), index + 1),
          placeholder: __('Answer…', 'clinic-elements'),
          value: item.answer || '',
          allowedFormats: ['core/bold', 'core/italic', 'core/link'],
          onChange: function (answer) {
            update(index, { answer: answer });
          },
          style: { border: '1px solid #949494', padding: '0.5em', minBlockSize: '2.5em' },
        }),
        el(
          components.Button,
          {
            variant: 'link',
            isDestructive: true,
            onClick: function () {
              setAttributes({
                items: items.filter(function (_, i) {
                  return i !== index;
                }),
              });
            },
          },
          __('Remove this question', 'clinic-elements'),
        ),
      );
    });
    rows.push(
      el(
        components.Button,
        {
          key: 'add',
          variant: 'secondary',
          onClick: function () {
            setAttributes({ items: items.concat([{ question: '', answer: '' }]) });
          },
        },
        __('Add a question', 'clinic-elements'),
      ),
    );
    return el('div', { className: 'clinic-elements-faq-editor', style: { marginBlockEnd: '1.5em' } }, rows);
  }

  Object.keys(BLOCKS).forEach(function (block) {
    var tag = BLOCKS[block];
    wp.blocks.registerBlockType('clinic-elements/' + block, {
      edit: function (props) {
        var ref = useRef();
        var attributes = props.attributes;
        var blockProps = blockEditor.useBlockProps({ ref: ref });
        useElementModule(ref);
        var items = Array.isArray(attributes.items) ? attributes.items : [];
        var children = null;
        if (tag === 'clinic-faq') {
          children = items
            .filter(function (item) {
              return item.question;
            })
            .map(function (item, index) {
              return el(
                'details',
                { key: index },
                el('summary', null, item.question),
                el('div', { dangerouslySetInnerHTML: { __html: item.answer || '' } }),
              );
            });
        }
        var preview = el(tag, elementAttributes(tag, attributes), children);
        var empty = tag === 'clinic-contact-card' && !attributes.name && !attributes.src;
        return el(
          'div',
          blockProps,
          settings(tag, attributes, props.setAttributes),
          tag === 'clinic-faq' && (props.isSelected || !items.length) ? faqItems(items, props.setAttributes) : null,
          empty
            ? el(
                'p',
                null,
                __('Fill in the clinic’s name, phone and address in the block settings.', 'clinic-elements'),
              )
            : preview,
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.clinicElementsEditor);
