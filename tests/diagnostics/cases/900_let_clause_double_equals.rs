//! mistake: a `let` clause written with `==`, `let area == w * h`
//! offending: ==
//! category: syntax
use comprehensions::comp;

fn main() {
    let rects = vec![(2, 3), (10, 1)];
    let big = comp![area for (w, h) in rects let area == w * h if area > 5];
    println!("{big:?}");
}
