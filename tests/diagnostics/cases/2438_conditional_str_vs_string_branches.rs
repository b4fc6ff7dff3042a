//! mistake: the two branches of the pass/fail conditional have different types (`&str` and `String`)
//! offending: format!("retake ({score})")
//! category: type
use comprehensions::comp;

fn main() {
    let finals = vec![("Hal", 71u32), ("Ines", 48)];
    let outcome = comp!({name: "pass" if score >= 60 else format!("retake ({score})") for (name, score) in finals});
    println!("{outcome:?}");
}
