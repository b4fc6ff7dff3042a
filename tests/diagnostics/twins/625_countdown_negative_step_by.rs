//! mistake: counts down as Python's range(n, 0, -1) with a negative step_by
//! category: python-habit
fn main() {
    let n = 5;
    let countdown: Vec<String> = (n..0).step_by(-1).map(|i| format!("T-{i}")).collect();
    println!("{}", countdown.join(" "));
}
