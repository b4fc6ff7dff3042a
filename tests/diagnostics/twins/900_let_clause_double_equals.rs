//! mistake: a `let` statement written with `==`, `let area == w * h`
//! offending: ==
//! category: syntax
fn main() {
    let rects = vec![(2, 3), (10, 1)];
    let mut big = Vec::new();
    for (w, h) in rects {
        let area == w * h;
        if area > 5 {
            big.push(area);
        }
    }
    println!("{big:?}");
}
