//! mistake: iterated the owned `shift_names` vector in the inner loop, moving it on each day
//! offending: shift_names
//! category: ownership
fn main() {
    let days = vec!["Mon", "Tue", "Wed"];
    let shift_names = vec!["early".to_string(), "late".to_string(), "night".to_string()];
    let mut grid = Vec::new();
    for d in &days {
        for s in shift_names {
            grid.push(format!("{d}-{s}"));
        }
    }
    println!("{}", grid.join(" "));
}
