//! mistake: pushing to a Vec while holding the `&mut` items a comprehension over `iter_mut()` returned
//! offending: scores.push(0)
//! category: ownership
use comprehensions::comp;

fn main() {
    let mut scores = vec![95, 40, 99];
    let top = comp![s for s in scores.iter_mut() if *s > 90];
    scores.push(0);
    for s in top {
        *s += 1;
    }
    println!("{scores:?}");
}
