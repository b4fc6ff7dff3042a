//! mistake: a dict of closures whose value picks one of two closure literals with a conditional; each closure has its own type
//! offending: move |x: i32| x - step
//! category: type
use comprehensions::comp;

fn main() {
    let step: i32 = std::env::args().count() as i32;
    let ops = vec!["inc", "dec"];
    let table = comp!({op: (move |x: i32| x + step) if op == "inc" else (move |x: i32| x - step) for op in ops});
    println!("{}", table["dec"](10));
}
