//! mistake: bound a derived column in a clause as `net = ..`, without `let`
//! offending: net = inv.subtotal - inv.discount
//! category: syntax

struct Invoice {
    subtotal: f64,
    discount: f64,
    tax_rate: f64,
}

fn main() {
    let invoices = vec![
        Invoice { subtotal: 200.0, discount: 20.0, tax_rate: 0.2 },
        Invoice { subtotal: 50.0, discount: 0.0, tax_rate: 0.07 },
    ];
    let gross: Vec<f64> = invoices
        .iter()
        .map(|inv| {
            net = inv.subtotal - inv.discount;
            net * (1.0 + inv.tax_rate)
        })
        .collect();
    println!("{gross:?}");
}
