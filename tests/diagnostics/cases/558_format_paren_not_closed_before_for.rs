//! mistake: report builder: the `format!(` in the element is never closed before the `for`
//! offending: format!(
//! category: syntax
use comprehensions::comp;

fn main() {
    let totals = vec![("disk", 3), ("net", 5)];
    // Python: [f"{name}: {count}" for name, count in totals]
    let report = comp![format!("{}: {}", name, count for (name, count) in &totals];
    println!("{}", report.join("\n"));
}
