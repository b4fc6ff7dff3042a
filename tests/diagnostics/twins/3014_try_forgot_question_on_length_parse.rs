//! mistake: forgot the `?` on a fallible `m:ss` length parse, collecting `Result`s into a `Vec<u32>`
//! offending: parse_length(&e.length)
//! category: try
struct CueEntry {
    title: String,
    length: String,
}

fn parse_length(s: &str) -> Result<u32, String> {
    let (m, sec) = s.split_once(':').ok_or_else(|| format!("bad length {s:?}"))?;
    let m: u32 = m.parse().map_err(|e| format!("{e}"))?;
    let sec: u32 = sec.parse().map_err(|e| format!("{e}"))?;
    Ok(m * 60 + sec)
}

fn total_secs(cue: &[CueEntry]) -> Result<u32, String> {
    let secs: Vec<u32> = cue.iter().map(|e| parse_length(&e.length)).collect();
    Ok(secs.iter().sum())
}

fn main() {
    let cue = vec![
        CueEntry { title: "So What".to_string(), length: "9:22".to_string() },
        CueEntry { title: "Blue in Green".to_string(), length: "5:37".to_string() },
    ];
    println!("{:?}", total_secs(&cue));
}
