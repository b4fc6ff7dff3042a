//! mistake: compared a flag against Python's capitalised `True`
//! offending: True
//! category: python-habit

struct Turn {
    from_user: bool,
    text: &'static str,
}

fn main() {
    let dialog = vec![
        Turn { from_user: true, text: "is the store open on sunday" },
        Turn { from_user: false, text: "Yes, 10am to 4pm." },
        Turn { from_user: true, text: "great thanks" },
    ];
    let user_lines: Vec<_> = dialog.iter().filter(|t| t.from_user == True).map(|t| t.text).collect();
    println!("{user_lines:?}");
}
