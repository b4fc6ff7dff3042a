//! mistake: keyed a dict by a `Venue` struct that derives neither `Hash` nor `Eq`
//! offending: m.venue.clone()
//! category: type
use comprehensions::comp;

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
    let crowds = comp!({m.venue.clone(): m.attendance for m in &fixtures});
    println!("{crowds:?}");
}
