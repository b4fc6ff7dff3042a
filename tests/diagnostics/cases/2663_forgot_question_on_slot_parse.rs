//! mistake: forgot the `?` after the fallible `Slot::parse` call
//! offending: Slot::parse(l)
//! category: try
use comprehensions::comp;

#[derive(Debug)]
struct Slot {
    hour: u8,
    minute: u8,
}

impl Slot {
    fn parse(s: &str) -> Result<Slot, String> {
        let (h, m) = s.split_once(':').ok_or_else(|| format!("no ':' in {s:?}"))?;
        Ok(Slot { hour: h.parse().map_err(|_| format!("bad hour {h}"))?, minute: m.parse().map_err(|_| format!("bad minute {m}"))? })
    }
}

fn load(lines: &[&str]) -> Result<Vec<Slot>, String> {
    let slots: Vec<Slot> = comp![Slot::parse(l) for l in lines if !l.is_empty()];
    Ok(slots)
}

fn main() {
    println!("{:?}", load(&["09:00", "", "09:20"]));
}
