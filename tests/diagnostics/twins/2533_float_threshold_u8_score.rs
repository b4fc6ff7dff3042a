//! mistake: compared a `u8` abuse score (0-100) with a float threshold `0.8`
//! offending: 0.8
//! category: type
struct Reputation {
    ip: &'static str,
    abuse_score: u8,
}

fn main() {
    let reports = vec![
        Reputation { ip: "185.220.101.4", abuse_score: 100 },
        Reputation { ip: "8.8.8.8", abuse_score: 0 },
    ];
    let malicious: Vec<&str> = reports
        .iter()
        .filter(|r| r.abuse_score > 0.8)
        .map(|r| r.ip)
        .collect();
    println!("{malicious:?}");
}
