//! mistake: moved the `String` address field out of a borrowed consignment
//! offending: c.address
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Consignment {
    id: u32,
    address: String,
}

fn consignments() -> Vec<Consignment> {
    vec![
        Consignment { id: 7, address: "12 Rue de la Paix, Paris".to_string() },
        Consignment { id: 8, address: "3 Quai Perrache, Lyon".to_string() },
    ]
}

fn main() {
    let manifest = consignments();
    let addresses = comp![c.address for c in &manifest if c.id > 0];
    println!("{addresses:?} from {} consignments", manifest.len());
}
