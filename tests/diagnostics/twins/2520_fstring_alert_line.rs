//! mistake: built the alert text with a Python f-string
//! offending: f"[{a.severity}] {a.rule} from {a.src}"
//! category: python-habit
struct Alert {
    severity: u8,
    rule: &'static str,
    src: String,
}

fn main() {
    let alerts = vec![
        Alert { severity: 3, rule: "ET SCAN Nmap", src: "198.51.100.7".into() },
        Alert { severity: 1, rule: "SSH brute force", src: "203.0.113.50".into() },
    ];
    let lines: Vec<String> = alerts.iter().map(|a| f"[{a.severity}] {a.rule} from {a.src}").collect();
    for l in &lines {
        println!("{l}");
    }
}
