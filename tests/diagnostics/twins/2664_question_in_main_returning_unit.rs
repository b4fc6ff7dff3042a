//! mistake: used `?` on the time parser inside `main`, which returns `()`
//! offending: ?
//! category: try
fn parse_hhmm(t: &str) -> Result<u32, String> {
    let (h, m) = t.split_once(':').ok_or(format!("bad time {t}"))?;
    Ok(h.parse::<u32>().map_err(|e| e.to_string())? * 60 + m.parse::<u32>().map_err(|e| e.to_string())?)
}

fn main() {
    let raw = "09:00,09:30,10:00";
    let mut minutes = Vec::new();
    for t in raw.split(',') {
        minutes.push(parse_hhmm(t)?);
    }
    println!("{} slots today", minutes.len());
}
