//! mistake: `(n - 1..=0).step_by(-1)` in a loop
//! offending: step_by(-1)
//! category: python-habit

fn main() {
    let xs = vec![10, 20, 30];
    let n = xs.len();
    let mut back = Vec::new();
    for i in (n - 1..=0).step_by(-1) {
        back.push(xs[i]);
    }
    println!("{back:?}");
}
