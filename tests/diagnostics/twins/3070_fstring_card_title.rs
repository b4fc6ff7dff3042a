//! mistake: built the listing card title with a Python f-string
//! offending: f"{l.beds}bd {l.address}, {l.city}"
//! category: python-habit
struct Listing {
    address: String,
    city: String,
    beds: u8,
}

fn main() {
    let listings = vec![
        Listing { address: "12 Elm St".into(), city: "Austin".into(), beds: 3 },
        Listing { address: "7 Birch Ln".into(), city: "Dallas".into(), beds: 2 },
    ];
    let titles: Vec<String> = listings.iter().map(|l| f"{l.beds}bd {l.address}, {l.city}").collect();
    println!("{titles:?}");
}
