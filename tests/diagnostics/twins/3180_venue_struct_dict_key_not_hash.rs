//! mistake: keyed a dict by a `Venue` struct that derives neither `Hash` nor `Eq`
//! offending: m.venue.clone()
//! category: type
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
struct Venue {
    stadium: String,
    city: String,
}

struct Fixture {
    venue: Venue,
    attendance: u32,
}

fn main() {
    let fixtures = vec![
        Fixture { venue: Venue { stadium: "Anfield".into(), city: "Liverpool".into() }, attendance: 60_000 },
        Fixture { venue: Venue { stadium: "Emirates".into(), city: "London".into() }, attendance: 60_300 },
    ];
    let mut crowds = HashMap::new();
    for m in &fixtures {
        crowds.insert(m.venue.clone(), m.attendance);
    }
    println!("{crowds:?}");
}
