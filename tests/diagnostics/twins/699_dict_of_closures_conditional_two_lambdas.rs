//! mistake: a dict of closures whose value picks one of two closure literals with a conditional; each closure has its own type
//! offending: move |x: i32| x - step
//! category: type
use std::collections::HashMap;

fn main() {
    let step: i32 = std::env::args().count() as i32;
    let ops = vec!["inc", "dec"];
    let mut table = HashMap::new();
    for op in ops {
        table.insert(op, if op == "inc" { move |x: i32| x + step } else { move |x: i32| x - step });
    }
    println!("{}", table["dec"](10));
}
