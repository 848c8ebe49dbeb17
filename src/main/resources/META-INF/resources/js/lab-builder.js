// PruneLab lab builder: shows only the settings that apply to the chosen model and schedule. Each group or field
// that applies only sometimes says when in data-applies, e.g. "model=mlp,cnn" or "schedule=iterative|compare=schedule"
// (alternatives separated by |, conditions that must all hold by ;). Without this script every field stays visible,
// its legend or help saying which model it is for, and the server ignores the ones that do not apply. Changing the
// data set also fills in its usual row count.

function holds(form, rule) {
  return rule.split(';').every(function (condition) {
    return condition.split('|').some(function (alternative) {
      var parts = alternative.split('=');
      var field = form.elements[parts[0].trim()];
      return field !== undefined && parts[1].split(',').indexOf(field.value) >= 0;
    });
  });
}

function update(form) {
  form.querySelectorAll('[data-applies]').forEach(function (element) {
    element.hidden = !holds(form, element.dataset.applies);
  });
}

// A new data set brings its usual row count, unless Rows holds a number the learner chose.
function followRows(form) {
  var dataset = form.elements.dataset, rows = form.elements.rows;
  function usual() { return dataset.selectedOptions[0] ? dataset.selectedOptions[0].dataset.rows : undefined; }
  var previous = usual();
  dataset.addEventListener('change', function () {
    if (rows.value.trim() === '' || rows.value.trim() === previous) { rows.value = usual() || ''; }
    previous = usual();
  });
}

document.querySelectorAll('form[data-lab-builder]').forEach(function (form) {
  form.addEventListener('change', function () { update(form); });
  update(form);
  followRows(form);
});
