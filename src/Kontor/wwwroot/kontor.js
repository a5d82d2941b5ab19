// Small browser helpers used by Kontor's components.
window.kontor = {
  interactive: () => { document.body.dataset.interactive = "true"; },
  scrollColumnIntoView: (id) => document.getElementById(id)?.scrollIntoView({ behavior: "smooth", inline: "start", block: "nearest" }),
};
