//! mistake: compared a cast `s.minutes as u32 < max_len` without parentheses
//! offending: s.minutes as u32 < max_len
//! category: syntax
use comprehensions::comp;

struct Session {
    coach: &'static str,
    minutes: u16,
}

fn main() {
    let max_len: u32 = 60;
    let sessions = vec![Session { coach: "Ruth", minutes: 45 }, Session { coach: "Abel", minutes: 90 }];
    let short = comp![s.coach for s in &sessions if s.minutes as u32 < max_len];
    println!("{short:?}");
}
