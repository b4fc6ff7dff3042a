//! mistake: iterated a `HashMap` of group totals with Python's `.items()`
//! offending: items
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let mut totals: HashMap<String, f64> = HashMap::new();
    for (region, amount) in [("emea", 120.0), ("apac", 75.5), ("emea", 30.0), ("amer", 210.25)] {
        *totals.entry(region.to_string()).or_insert(0.0) += amount;
    }
    let mut report: Vec<String> = Vec::new();
    for (region, total) in totals.items() {
        report.push(format!("{region}: {total:.2}"));
    }
    for line in report {
        println!("{line}");
    }
}
