//! mistake: dropped rows without an email (`dropna`) with Python's `is not None`
//! offending: is not None
//! category: python-habit

#[derive(Debug)]
struct Signup {
    user_id: u64,
    email: Option<String>,
    source: &'static str,
}

fn main() {
    let signups = vec![
        Signup { user_id: 10, email: Some("ana@example.com".into()), source: "ads" },
        Signup { user_id: 11, email: None, source: "organic" },
        Signup { user_id: 12, email: Some("bo@example.com".into()), source: "referral" },
    ];
    let contactable: Vec<&Signup> = signups.iter().filter(|s| s.email is not None).collect();
    println!("{contactable:?}");
}
