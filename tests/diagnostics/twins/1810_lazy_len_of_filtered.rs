//! mistake: `len(...)` habit: `.len()` on a filtered lazy form (not an `ExactSizeIterator`)
//! offending: len()
//! category: type

struct Order {
    paid: bool,
}

fn main() {
    let orders = vec![Order { paid: true }, Order { paid: false }, Order { paid: true }];
    let n_paid = orders.iter().filter(|o| o.paid).len();
    println!("{n_paid} of {} orders paid", orders.len());
}
