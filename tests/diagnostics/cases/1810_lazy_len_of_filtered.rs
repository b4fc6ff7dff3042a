//! mistake: `len(...)` habit: `.len()` on a filtered lazy form (not an `ExactSizeIterator`)
//! offending: len()
//! category: type
use comprehensions::comp;

struct Order {
    paid: bool,
}

fn main() {
    let orders = vec![Order { paid: true }, Order { paid: false }, Order { paid: true }];
    let n_paid = comp!((o for o in &orders if o.paid)).len();
    println!("{n_paid} of {} orders paid", orders.len());
}
