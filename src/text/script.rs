//! Script source shown as text: a page whose markup closes a `<script>`
//! early (a `document.write("</script>")` in an old page, an unquoted
//! `<` in a tracking snippet) prints the rest of the program as text, and
//! it reads as a long, link-free paragraph. Its syntax gives it away:
//! prose has few `);`, `&&` or `function (…) {`, and no braces.

use crate::tuning;

/// Whether a block's text (of `words` words) is script source: at least
/// [`tuning::SCRIPT_MIN_WORDS`] words, a brace, and more than
/// [`tuning::SCRIPT_MARKS_PER_WORD`] marks of script syntax per word (see
/// [`script_marks`]).
pub(crate) fn looks_like_script(text: &str, words: u32) -> bool {
    words >= tuning::SCRIPT_MIN_WORDS
        && text.bytes().any(|b| b == b'{' || b == b'}')
        && script_marks(text.as_bytes()) as f32 > tuning::SCRIPT_MARKS_PER_WORD * words as f32
}

/// Marks of script syntax in `s`, in one pass: a `)` before `;` or `{`, a
/// `}` before `;`, a `;` before `}` (spaces between allowed); `==` or `===`
/// (not a longer run of `=`, a rule drawn in text); a quote right after a
/// name's `=` (`x="a"`); `//` after a `;` or a `)`; `&&`, `||`, `++`,
/// `+=`; the words `var` (before a space) and `return`; and `function`
/// with a parameter list and a body (`function f(a) {`, not "a function
/// (A) of B").
pub(crate) fn script_marks(s: &[u8]) -> usize {
    let next_solid = |from: usize| {
        s.get(from..)
            .and_then(|rest| rest.iter().position(|b| !b.is_ascii_whitespace()))
            .map(|k| s[from + k])
    };
    let mut marks = 0;
    let mut i = 0;
    while i < s.len() {
        let b = s[i];
        let after = s.get(i + 1).copied();
        match b {
            b')' if matches!(next_solid(i + 1), Some(b';' | b'{')) => marks += 1,
            b'}' if next_solid(i + 1) == Some(b';') => marks += 1,
            b';' if next_solid(i + 1) == Some(b'}') => marks += 1,
            b'=' => {
                let run = s[i..].iter().take_while(|&&c| c == b'=').count();
                let before = i > 0 && s[i - 1] == b'=';
                if !before && (run == 2 || run == 3) {
                    marks += 1;
                }
                // A string assigned to a name or a member: `hbx.acct="…"`.
                if run == 1
                    && i > 0
                    && (is_word_byte(s[i - 1]) || s[i - 1] == b']')
                    && matches!(s.get(i + 1), Some(b'"' | b'\''))
                {
                    marks += 1;
                }
                i += run;
                continue;
            }
            // A line comment after a statement: `x = 1; // note`, `f() //`.
            b'/' if after == Some(b'/')
                && s[..i]
                    .iter()
                    .rev()
                    .find(|c| !c.is_ascii_whitespace())
                    .is_some_and(|&c| matches!(c, b';' | b')')) =>
            {
                marks += 1;
                i += 2;
                continue;
            }
            b'&' | b'|' if after == Some(b) => {
                marks += 1;
                i += 2;
                continue;
            }
            b'+' if matches!(after, Some(b'+' | b'=')) => {
                marks += 1;
                i += 2;
                continue;
            }
            b'v' | b'r' | b'f' if i == 0 || !is_word_byte(s[i - 1]) => {
                let word_end = s[i..]
                    .iter()
                    .position(|&c| !is_word_byte(c))
                    .map_or(s.len(), |k| i + k);
                let word = &s[i..word_end];
                let hit = match word {
                    b"var" => s.get(word_end).is_some_and(u8::is_ascii_whitespace),
                    b"return" => true,
                    b"function" => has_function_body(&s[word_end..]),
                    _ => false,
                };
                marks += usize::from(hit);
                i = word_end.max(i + 1);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    marks
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$'
}

/// Whether the text after the word `function` is an optional name, a
/// parameter list and the opening brace of a body: `f(a, b) {`, ` (e){`.
/// Looks at most [`tuning::SCRIPT_FUNCTION_LOOKAHEAD`] bytes ahead.
fn has_function_body(rest: &[u8]) -> bool {
    let rest = &rest[..rest.len().min(tuning::SCRIPT_FUNCTION_LOOKAHEAD)];
    let Some(open) = rest.iter().position(|&c| c == b'(') else {
        return false;
    };
    if rest[..open]
        .iter()
        .any(|&c| !(is_word_byte(c) || c.is_ascii_whitespace()))
    {
        return false;
    }
    let Some(close) = rest[open..].iter().position(|&c| c == b')') else {
        return false;
    };
    rest[open + close + 1..]
        .iter()
        .find(|c| !c.is_ascii_whitespace())
        == Some(&b'{')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> u32 {
        s.split_whitespace().count() as u32
    }

    #[test]
    fn script_source_is_script() {
        let js = "var _q=0;function _hbEvent(a,b){b=_hbE[_hbEC++]=new Object();b._N=a;\
                  return b;} if (x == 1 && y) { go(); } else { stop(); }";
        assert!(
            looks_like_script(js, words(js)),
            "{}",
            script_marks(js.as_bytes())
        );
        let js2 = "for (i = 0; i < n; i++) { if (s.charAt(i) != \"@\") return false; \
                   else i += 2; } while ((i < sLength) || (s.charAt(i) != \".\")) { i++; }";
        assert!(looks_like_script(js2, words(js2)));
        // A tracker's configuration: string assignments and line comments.
        let config = "var hbx=_hbEvent(\"pv\");hbx.vpc=\"HBX0200u\"; //BEGIN EDITABLE SECTION \
                      hbx.acct=\"DM570217\";//ACCOUNT NUMBER(S) hbx.pn= \"Rugby News\";//PAGE \
                      NAME(S) hbx.mlc=\"/Rugby/News\";//MULTI-LEVEL CONTENT CATEGORY \
                      hbx.pndef=\"title\";//DEFAULT PAGE NAME hbx.ctdef=\"full\";//DEFAULT \
                      CONTENT CATEGORY hbx.fv=\"\";//FORM VALIDATION {}";
        assert!(
            looks_like_script(config, words(config)),
            "{}",
            script_marks(config.as_bytes())
        );
        // Statements without semicolons, each line's end lost.
        let tip = "document.write('') //write out pointer image var ie=document.all var \
                   ns6=document.getElementById && !document.all var enabletip=false if \
                   (ie||ns6) var tipobj=document.all? document.all[\"tip\"] : \"\" function \
                   ietruebody() { return document.body }";
        assert!(
            looks_like_script(tip, words(tip)),
            "{}",
            script_marks(tip.as_bytes())
        );
    }

    #[test]
    fn prose_is_not_script() {
        for prose in [
            // Semicolons and parentheses in a list of subjects.
            "Subjects: Artificial Intelligence (cs.AI); Machine Learning (cs.LG); Robotics \
             (cs.RO); Computation and Language (cs.CL)",
            // A rule of equals signs between a quote and the reply.
            "California Gary - we must destroy it.\n==================\nWho is talking \
             about destroying any government? {sic} Allowing people to choose is not that.",
            // The word "function" in a sentence, and braces in a formula.
            "A function (A) contains a function (B), which itself contains a set {x, y} \
             of values that return to the caller.",
            // A box score: semicolons after numbers.
            "NEVADA (10-4) Criner, Dellena 4-7 7-8 17; Moore, Shavon 6-6 1-2 13; Ward, \
             Johnna 4-10 1-2 11; Price, Mikail 3-8 4-6 10;",
            // An attribute named in a sentence, a link and a remark after it.
            "Give each image an alt=\"…\" text {always}; see the guide (https://example.com) \
             // it lists the rules that screen readers follow for every kind of picture.",
        ] {
            assert!(
                !looks_like_script(prose, words(prose)),
                "{prose}: {}",
                script_marks(prose.as_bytes())
            );
        }
    }

    #[test]
    fn marks_are_counted_once_each() {
        assert_eq!(script_marks(b"a == b"), 1);
        assert_eq!(script_marks(b"a === b"), 1);
        assert_eq!(script_marks(b"a ==== b"), 0);
        assert_eq!(script_marks(b"f(); g() {"), 2);
        assert_eq!(script_marks(b"x++ y+=1 a&&b c||d"), 4);
        assert_eq!(script_marks(b"var x; vary; return; returned"), 2);
        // The function and its `) {`; not "function (A) of".
        assert_eq!(script_marks(b"function f(a, b) { } function (A) of B"), 2);
        assert_eq!(script_marks(b""), 0);
        assert_eq!(script_marks("é)  ;ü".as_bytes()), 1);
        assert_eq!(script_marks(b"a.b=\"c\" d='e' f = \"g\" x[1]='y'"), 3);
        assert_eq!(script_marks(b"f(); // note, x ; // y, http://z, a // b"), 3);
    }
}
