// Small browser helpers used by Kontor's components.
window.kontor = {
  scrollColumnIntoView: (id) => document.getElementById(id)?.scrollIntoView({ behavior: "smooth", inline: "start", block: "nearest" }),
};
