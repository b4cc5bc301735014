/**
 * The "Privacy notice" block in the editor: plain JS on WordPress's globals,
 * no build step. The block is dynamic (save returns null): WordPress stores
 * only the comment with the attributes, and PHP renders the element. The
 * preview is ServerSideRender, so the editor shows what visitors will see.
 */
(function (wp) {
  const {registerBlockType} = wp.blocks;
  const {createElement: el, Fragment} = wp.element;
  const {InspectorControls, useBlockProps} = wp.blockEditor;
  const {PanelBody, SelectControl, TextControl, ToggleControl, Placeholder, ExternalLink} = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const data = window.privacyNoticeEditor || {notices: [], l10n: {}, canUpload: false};
  const t = (key) => data.l10n[key] || key;

  const noticeOptions = () => [
    {label: '—', value: ''},
    ...data.notices.map((notice) => ({label: `${notice.title} (${notice.id})`, value: notice.id})),
  ];

  function NoticePicker({attributes, setAttributes}) {
    if (!data.notices.length) {
      return el(
        Placeholder,
        {icon: 'shield', label: 'Privacy notice', instructions: t('noNotices')},
        data.canUpload ? el(ExternalLink, {href: data.uploadUrl}, t('upload')) : null
      );
    }
    return el(
      Placeholder,
      {icon: 'shield', label: 'Privacy notice', instructions: t('chooseNotice')},
      el(SelectControl, {
        label: t('notice'),
        value: attributes.notice,
        options: noticeOptions(),
        onChange: (notice) => setAttributes({notice}),
      })
    );
  }

  registerBlockType('privacy-notice/notice', {
    edit(props) {
      const {attributes, setAttributes} = props;
      const blockProps = useBlockProps();
      const chosen = data.notices.find((notice) => notice.id === attributes.notice);
      const languages = chosen ? chosen.languages : [];
      const inspector = el(
        InspectorControls,
        null,
        el(
          PanelBody,
          {title: t('settings'), initialOpen: true},
          el(SelectControl, {
            label: t('notice'),
            value: attributes.notice,
            options: noticeOptions(),
            onChange: (notice) => setAttributes({notice}),
          }),
          chosen ? el('p', null, t('versions').replace('%d', String(chosen.versions))) : null,
          el(SelectControl, {
            label: t('language'),
            value: attributes.lang,
            options: [{label: t('pageLanguage'), value: ''}, ...languages.map((tag) => ({label: tag, value: tag}))],
            onChange: (lang) => setAttributes({lang}),
          }),
          el(SelectControl, {
            label: t('headingLevel'),
            value: String(attributes.headingLevel),
            options: [1, 2, 3, 4, 5, 6].map((level) => ({label: `H${level}`, value: String(level)})),
            onChange: (level) => setAttributes({headingLevel: Number(level)}),
          }),
          el(TextControl, {
            label: t('open'),
            help: t('openHelp'),
            value: attributes.open,
            onChange: (open) => setAttributes({open}),
          }),
          el(ToggleControl, {
            label: t('showForm'),
            help: attributes.showForm ? t('formActionHelp') : undefined,
            checked: attributes.showForm,
            onChange: (showForm) => setAttributes({showForm}),
          }),
          el(ToggleControl, {
            label: t('showCookies'),
            checked: attributes.showCookies,
            onChange: (showCookies) => setAttributes({showCookies}),
          }),
          el(SelectControl, {
            label: t('theme'),
            value: attributes.theme,
            options: [
              {label: t('themeAuto'), value: 'auto'},
              {label: t('themeLight'), value: 'light'},
              {label: t('themeDark'), value: 'dark'},
            ],
            onChange: (theme) => setAttributes({theme}),
          })
        )
      );
      return el(
        Fragment,
        null,
        inspector,
        el('div', blockProps, chosen ? el(ServerSideRender, {block: 'privacy-notice/notice', attributes}) : el(NoticePicker, props))
      );
    },
    save() {
      return null;
    },
  });
})(window.wp);
