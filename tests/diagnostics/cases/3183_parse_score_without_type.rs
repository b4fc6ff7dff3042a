//! mistake: parsed the goals of a "2-1" score line without saying which integer type
//! offending: parse()
//! category: type
use comprehensions::comp;

fn main() {
    let line = "2-1";
    let goals = comp![s.trim().parse().unwrap() for s in line.split('-')];
    println!("home {} away {}", goals[0], goals[1]);
}
