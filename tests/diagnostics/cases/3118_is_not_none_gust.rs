//! mistake: filtered missing wind gusts with Python's `is not None`
//! offending: is not None
//! category: python-habit
use comprehensions::comp;

struct WindObs {
    station: String,
    speed_kt: u16,
    gust_kt: Option<u16>,
}

fn main() {
    let obs = vec![
        WindObs { station: "EGLL".into(), speed_kt: 12, gust_kt: Some(25) },
        WindObs { station: "EGKK".into(), speed_kt: 8, gust_kt: None },
    ];
    let gusty = comp![(&o.station, o.speed_kt) for o in &obs if o.gust_kt is not None];
    println!("{gusty:?}");
}
