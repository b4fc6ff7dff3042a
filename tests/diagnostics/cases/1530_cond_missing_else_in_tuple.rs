//! mistake: a conditional inside a tuple element without its `else`
//! offending: "big" if n > 100
//! category: syntax
use comprehensions::comp;

fn main() {
    let sizes = vec![50, 150, 300];
    let tagged = comp![(n, "big" if n > 100) for n in &sizes];
    println!("{tagged:?}");
}
