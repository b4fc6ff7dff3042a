//! mistake: left out `in` between the loop pattern and the list of open-house listings
//! offending: open_houses
//! category: syntax
use comprehensions::comp;

struct OpenHouse {
    mls: String,
    weekday: &'static str,
}

fn main() {
    let open_houses = vec![
        OpenHouse { mls: "KY-1".into(), weekday: "Sat" },
        OpenHouse { mls: "KY-2".into(), weekday: "Tue" },
    ];
    let weekend = comp![o.mls.as_str() for o open_houses if o.weekday == "Sat" || o.weekday == "Sun"];
    println!("{weekend:?}");
}
