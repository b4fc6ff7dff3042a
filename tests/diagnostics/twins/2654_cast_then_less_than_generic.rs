//! mistake: compared a cast `s.minutes as u32 < max_len` without parentheses
//! offending: s.minutes as u32 < max_len
//! category: syntax
struct Session {
    coach: &'static str,
    minutes: u16,
}

fn main() {
    let max_len: u32 = 60;
    let sessions = vec![Session { coach: "Ruth", minutes: 45 }, Session { coach: "Abel", minutes: 90 }];
    let short: Vec<&str> = sessions.iter().filter(|s| s.minutes as u32 < max_len).map(|s| s.coach).collect();
    println!("{short:?}");
}
