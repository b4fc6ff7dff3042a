//! mistake: counts down as Python's range(n, 0, -1) with a negative step_by
//! offending: -1
//! category: python-habit
use comprehensions::comp;

fn main() {
    let n = 5;
    let countdown = comp![format!("T-{i}") for i in (n..0).step_by(-1)];
    println!("{}", countdown.join(" "));
}
