//! mistake: boxed closures (Python lambdas) borrow the loop variable instead of moving it
//! offending: |x| x > t
//! category: ownership
use comprehensions::comp;

fn main() {
    let thresholds = vec![10, 50, 100];
    // Python: checks = [lambda x, t=t: x > t for t in thresholds]
    let checks: Vec<Box<dyn Fn(i32) -> bool>> = comp![Box::new(|x| x > t) for t in thresholds];
    println!("{:?}", comp![c(42) for c in &checks]);
}
