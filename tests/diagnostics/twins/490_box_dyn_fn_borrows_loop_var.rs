//! mistake: boxed closures (Python lambdas) borrow the loop variable instead of moving it
//! offending: |x| x > t
//! category: ownership

fn main() {
    let thresholds = vec![10, 50, 100];
    let mut checks: Vec<Box<dyn Fn(i32) -> bool>> = Vec::new();
    for t in thresholds {
        checks.push(Box::new(|x| x > t));
    }
    println!("{:?}", checks.iter().map(|c| c(42)).collect::<Vec<_>>());
}
