//! mistake: left the `format!(` call of the slot label unclosed before the `for`
//! offending: format!(
//! category: syntax
struct Slot {
    start: &'static str,
    end: &'static str,
}

fn main() {
    let slots = vec![Slot { start: "10:00", end: "10:45" }, Slot { start: "11:00", end: "11:45" }];
    let labels: Vec<String> = slots.iter().map(|s| format!("{}-{}", s.start, s.end).collect();
    println!("{labels:?}");
}
