//! mistake: filtered with SQL's `where` instead of `if`
//! offending: where
//! category: syntax
use comprehensions::comp;

struct Return {
    rma: u32,
    approved: bool,
}

fn main() {
    let returns = vec![Return { rma: 41, approved: true }, Return { rma: 42, approved: false }];
    let to_refund = comp![r.rma for r in &returns where r.approved];
    println!("{to_refund:?}");
}
