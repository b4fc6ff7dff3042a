//! mistake: `parse()?` (a `Result`) in a function returning `Option` while bucketing "HH:MM" times into minutes
//! offending: h.parse::<u32>()?
//! category: try
use comprehensions::comp;

fn minutes(stamps: &[&str]) -> Option<Vec<u32>> {
    comp![h.parse::<u32>()? * 60 + m.parse::<u32>()? for (h, m) in stamps.iter().filter_map(|s| s.split_once(':'))]
}

fn main() {
    println!("{:?}", minutes(&["09:30", "17:05"]));
}
