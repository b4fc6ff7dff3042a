//! mistake: filtered with SQL's `where` instead of `if`
//! offending: where
//! category: syntax
struct Return {
    rma: u32,
    approved: bool,
}

fn main() {
    let returns = vec![Return { rma: 41, approved: true }, Return { rma: 42, approved: false }];
    let mut to_refund = Vec::new();
    for r in &returns where r.approved {
        to_refund.push(r.rma);
    }
    println!("{to_refund:?}");
}
