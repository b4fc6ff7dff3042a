//! mistake: collected borrowed `&str` SKUs where the pick list is a `Vec<String>`
//! offending: l.sku.as_str()
//! category: type
use comprehensions::comp;

struct Line {
    sku: String,
    qty: u32,
}

fn print_pick_list(skus: Vec<String>) {
    for s in skus {
        println!("pick {s}");
    }
}

fn main() {
    let lines = vec![Line { sku: "BOOK-42".into(), qty: 1 }, Line { sku: "PEN-3".into(), qty: 0 }];
    let pick: Vec<String> = comp![l.sku.as_str() for l in &lines if l.qty > 0];
    print_pick_list(pick);
}
